package vn.hocvuso.credential.agency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of the agency API, prefix {@code credentials.agency-limits}.
 *
 * @param window the length of a rate-limit window (fixed windows, counted in the database)
 * @param singlePerWindow single queries an agency may make per window
 * @param rowsPerWindow bulk rows and roster checks an agency may make per window (each row counts)
 * @param maxBulkRows ID numbers in one bulk request
 * @param maxRosterSize staff in one roster
 * @param maxRequestSize request body size; larger bodies get 413
 * @param overrides per-agency budgets (by client id) replacing the two defaults above
 */
@Validated
@ConfigurationProperties("credentials.agency-limits")
public record AgencyLimits(
        @DefaultValue("1m") Duration window,
        @DefaultValue("600") @Min(1) long singlePerWindow,
        @DefaultValue("100000") @Min(1) long rowsPerWindow,
        @DefaultValue("10000") @Min(1) @Max(100_000) int maxBulkRows,
        @DefaultValue("20000") @Min(1) @Max(200_000) int maxRosterSize,
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue Map<String, Budget> overrides) {

    /** An agency's own budgets per window. */
    public record Budget(
            @Min(1) long singlePerWindow, @Min(1) long rowsPerWindow) {}

    public long singlePerWindow(String agencyId) {
        Budget budget = overrides.get(agencyId);
        return budget == null ? singlePerWindow : budget.singlePerWindow();
    }

    public long rowsPerWindow(String agencyId) {
        Budget budget = overrides.get(agencyId);
        return budget == null ? rowsPerWindow : budget.rowsPerWindow();
    }
}
