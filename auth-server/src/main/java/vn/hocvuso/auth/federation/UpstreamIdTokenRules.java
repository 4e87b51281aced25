package vn.hocvuso.auth.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The checks of an upstream ID token after its signature (OpenID Connect Core §3.1.3.7), stricter
 * than Spring Security's defaults where a national identity deserves it:
 *
 * <ul>
 *   <li>{@code iss} is exactly the upstream issuer; {@code sub} is present;
 *   <li>{@code aud} is exactly our client id, one value: we trust no other audience (item 3);
 *       {@code azp}, if present, is our client id (item 5);
 *   <li>{@code exp} is present and not passed; {@code iat} is present, at most the clock skew in the
 *       future and at most the configured age in the past (item 10);
 *   <li>{@code auth_time} is present and not in the future;
 *   <li>{@code acr} is on the allow-list and, for a registration that demands it, at least the
 *       required level;
 *   <li>{@code amr}, if present, is an array of strings.
 * </ul>
 *
 * The nonce is checked by Spring Security against the one stored with the authorization request.
 */
final class UpstreamIdTokenRules implements OAuth2TokenValidator<Jwt> {

    private static final String ERROR_URI = "https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation";

    private final UpstreamProperties properties;
    private final Optional<AssuranceLevel> requiredLevel;
    private final Clock clock;

    UpstreamIdTokenRules(UpstreamProperties properties, Optional<AssuranceLevel> requiredLevel, Clock clock) {
        this.properties = properties;
        this.requiredLevel = requiredLevel;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant now = clock.instant();
        if (!properties.issuerId().equals(token.getClaimAsString("iss"))) {
            return refuse("iss is not the upstream issuer");
        }
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            return refuse("sub is missing");
        }
        List<String> audience = token.getAudience();
        if (audience == null || !audience.equals(List.of(properties.clientId()))) {
            return refuse("aud must be exactly our client id");
        }
        Object authorizedParty = token.getClaims().get("azp");
        if (authorizedParty != null && !properties.clientId().equals(authorizedParty)) {
            return refuse("azp is not our client id");
        }
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null || !now.minus(properties.clockSkew()).isBefore(expiresAt)) {
            return refuse("the ID token has expired");
        }
        Instant issuedAt = token.getIssuedAt();
        if (issuedAt == null
                || issuedAt.isAfter(now.plus(properties.clockSkew()))
                || issuedAt.isBefore(now.minus(properties.maxIdTokenAge()))) {
            return refuse("iat is missing, in the future or too old");
        }
        Object authTime = token.getClaims().get("auth_time");
        if (!(authTime instanceof Instant authenticatedAt)
                || authenticatedAt.isAfter(now.plus(properties.clockSkew()))) {
            return refuse("auth_time is missing or in the future");
        }
        Object amr = token.getClaims().get("amr");
        if (amr != null && !(amr instanceof List<?> methods && methods.stream().allMatch(String.class::isInstance))) {
            return refuse("amr must be an array of strings");
        }
        return checkAssurance(token.getClaims().get("acr"));
    }

    private OAuth2TokenValidatorResult checkAssurance(Object acr) {
        Optional<AssuranceLevel> level = acr instanceof String value ? AssuranceLevel.of(value) : Optional.empty();
        if (level.isEmpty()) {
            return refuse("acr is missing or not an allowed level");
        }
        if (requiredLevel.isPresent() && !level.get().satisfies(requiredLevel.get())) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                    UpstreamException.INSUFFICIENT_ASSURANCE, "the login's assurance level is too low", ERROR_URI));
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refuse(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_id_token", reason, ERROR_URI));
    }
}
