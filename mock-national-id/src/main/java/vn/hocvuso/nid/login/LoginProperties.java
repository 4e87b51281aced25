package vn.hocvuso.nid.login;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules, settings {@code nid.login.*}.
 *
 * @param maxFailedAttempts wrong passwords in a row that lock an ID number
 * @param lockoutDuration how long the lock lasts
 * @param oneTimeCodeLifetime how long the one-time code of a level-2 login stays valid
 * @param oneTimeCodeAttempts wrong codes allowed before the login starts over
 */
public record LoginProperties(
        @DefaultValue("5") @Min(1) @Max(100) int maxFailedAttempts,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("3m") Duration oneTimeCodeLifetime,
        @DefaultValue("3") @Min(1) @Max(10) int oneTimeCodeAttempts) {}
