package vn.hocvuso.auth.client.assertion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The claims of a client assertion (RFC 7523 §3), checked after its signature:
 *
 * <ul>
 *   <li>{@code iss} and {@code sub} are the client id;
 *   <li>{@code aud} is one value, this issuer or its token endpoint (an array is refused before
 *       this, by {@link ClientAssertionDecoderFactory});
 *   <li>{@code exp} is present and not passed; the assertion lives at most {@code maxLifetime}
 *       (from {@code iat}, or from now without {@code iat}); {@code iat} and {@code nbf} are not in
 *       the future beyond the clock skew;
 *   <li>{@code jti} is present and used for the first time by this client, in the database.
 * </ul>
 */
final class ClientAssertionRules implements OAuth2TokenValidator<Jwt> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc7523#section-3";

    private final RegisteredClient client;
    private final Set<String> audiences;
    private final Duration maxLifetime;
    private final JdbcAssertionJtiStore jtis;
    private final Clock clock;

    ClientAssertionRules(
            RegisteredClient client,
            Set<String> audiences,
            Duration maxLifetime,
            JdbcAssertionJtiStore jtis,
            Clock clock) {
        this.client = client;
        this.audiences = audiences;
        this.maxLifetime = maxLifetime;
        this.jtis = jtis;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt assertion) {
        String clientId = client.getClientId();
        if (!clientId.equals(assertion.getClaimAsString("iss")) || !clientId.equals(assertion.getSubject())) {
            return refuse("iss and sub must be the client id");
        }
        List<String> audience = assertion.getAudience();
        if (audience == null || audience.size() != 1 || !audiences.contains(audience.get(0))) {
            return refuse("aud must be this issuer or its token endpoint");
        }
        Instant now = clock.instant();
        Instant expiresAt = assertion.getExpiresAt();
        if (expiresAt == null) {
            return refuse("exp is required");
        }
        if (!now.minus(CLOCK_SKEW).isBefore(expiresAt)) {
            return refuse("the assertion has expired");
        }
        Instant issuedAt = assertion.getIssuedAt();
        if (issuedAt != null && issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return refuse("iat is in the future");
        }
        Instant start = issuedAt != null ? issuedAt : now;
        if (Duration.between(start, expiresAt).compareTo(maxLifetime) > 0) {
            return refuse("the assertion lives longer than " + maxLifetime.toMinutes() + " minutes");
        }
        Instant notBefore = assertion.getNotBefore();
        if (notBefore != null && notBefore.isAfter(now.plus(CLOCK_SKEW))) {
            return refuse("the assertion is not valid yet");
        }
        String jti = assertion.getId();
        if (jti == null || jti.isBlank() || jti.length() > 256) {
            return refuse("jti is required");
        }
        // Last, so that an assertion refused for another reason does not spend its jti.
        if (!jtis.recordFirstUse(clientId, jti, expiresAt)) {
            return refuse("the assertion was already used");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refuse(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, reason, ERROR_URI));
    }
}
