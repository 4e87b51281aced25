package vn.hocvuso.auth.token;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token lifetimes and housekeeping, prefix {@code auth.tokens}.
 *
 * @param accessTokenTtl lifetime of access tokens
 * @param idTokenTtl lifetime of ID tokens
 * @param authorizationCodeTtl lifetime of authorization codes (single use)
 * @param refreshTokenTtl lifetime of refresh tokens (rotated at each use)
 * @param cleanupInterval how often expired replay-protection rows are deleted
 */
public record TokenProperties(
        @NotNull @DefaultValue("5m") Duration accessTokenTtl,
        @NotNull @DefaultValue("5m") Duration idTokenTtl,
        @NotNull @DefaultValue("60s") Duration authorizationCodeTtl,
        @NotNull @DefaultValue("8h") Duration refreshTokenTtl,
        @NotNull @DefaultValue("1m") Duration cleanupInterval) {

    public TokenProperties {
        requirePositive("access-token-ttl", accessTokenTtl);
        requirePositive("id-token-ttl", idTokenTtl);
        requirePositive("authorization-code-ttl", authorizationCodeTtl);
        requirePositive("refresh-token-ttl", refreshTokenTtl);
        requirePositive("cleanup-interval", cleanupInterval);
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("auth.tokens." + name + " must be positive, not " + value);
        }
    }
}
