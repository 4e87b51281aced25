package vn.hocvuso.credential.status;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token Status List settings, prefix {@code credentials.status}.
 *
 * @param listSize entries per list; at least 131,072 so that one index hides among many
 *     (draft-ietf-oauth-status-list §13.2, herd privacy), and a multiple of 8
 * @param ttl how long a verifier may cache a signed list ({@code ttl} claim and {@code Cache-Control:
 *     max-age}); the signed list is re-signed at most this often unless a status changes
 * @param tokenValidity the {@code exp} of a signed list after its {@code iat}; longer than {@code ttl}
 */
@Validated
@ConfigurationProperties("credentials.status")
public record StatusListProperties(
        @Min(131_072) @DefaultValue("131072") int listSize,
        @NotNull @DefaultValue("5m") Duration ttl,
        @NotNull @DefaultValue("24h") Duration tokenValidity) {

    @AssertTrue(message = "list-size must be a multiple of 8 and token-validity longer than ttl")
    public boolean isConsistent() {
        return listSize % 8 == 0
                && ttl != null
                && tokenValidity != null
                && !ttl.isNegative()
                && !ttl.isZero()
                && tokenValidity.compareTo(ttl) > 0;
    }
}
