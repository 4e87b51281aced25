package vn.hocvuso.nid.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks a {@code private_key_jwt} client assertion (RFC 7523 §3) more strictly than Spring
 * Authorization Server does by default, after its signature was verified against the client's JWK
 * set: its own checks ({@code iss} = {@code sub} = client id, {@code exp}, {@code nbf}), then
 * {@code aud} must be one single value, the issuer or the token endpoint; the assertion may live at
 * most {@code maxLifetime}; {@code jti} is required and accepted once. The {@code jti} is recorded
 * only when everything else holds, so a refused assertion leaves no trace.
 */
public final class ClientAssertionValidator implements OAuth2TokenValidator<Jwt> {

    static final int MAX_JTI_LENGTH = 255;
    /** The tolerance for clocks that differ between client and provider. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc7523#section-3";

    private final RegisteredClient client;
    private final OAuth2TokenValidator<Jwt> standard;
    private final ClientAssertionReplay replay;
    private final Duration maxLifetime;
    private final Clock clock;

    ClientAssertionValidator(RegisteredClient client, ClientAssertionReplay replay, Duration maxLifetime, Clock clock) {
        this.client = client;
        this.standard = JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client);
        this.replay = replay;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    /** The validator factory to give {@link JwtClientAssertionDecoderFactory#setJwtValidatorFactory}. */
    public static Function<RegisteredClient, OAuth2TokenValidator<Jwt>> factory(
            ClientAssertionReplay replay, Duration maxLifetime, Clock clock) {
        return client -> new ClientAssertionValidator(client, replay, maxLifetime, clock);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt assertion) {
        OAuth2TokenValidatorResult standardResult = standard.validate(assertion);
        if (standardResult.hasErrors()) {
            return standardResult;
        }
        String problem = audienceProblem(assertion.getAudience());
        if (problem == null) {
            problem = lifetimeProblem(assertion.getIssuedAt(), assertion.getExpiresAt());
        }
        if (problem == null) {
            problem = jtiProblem(assertion.getId());
        }
        if (problem == null && !replay.firstUse(client.getClientId(), assertion.getId(), assertion.getExpiresAt())) {
            problem = "the client assertion's jti was already used";
        }
        return problem == null ? OAuth2TokenValidatorResult.success() : failure(problem);
    }

    private static String audienceProblem(List<String> audience) {
        if (audience == null || audience.size() != 1) {
            return "aud must be a single value: the issuer or the token endpoint";
        }
        AuthorizationServerContext context = AuthorizationServerContextHolder.getContext();
        String issuer = context.getIssuer();
        String tokenEndpoint = UriComponentsBuilder.fromUriString(issuer)
                .path(context.getAuthorizationServerSettings().getTokenEndpoint())
                .build()
                .toUriString();
        return Set.of(issuer, tokenEndpoint).contains(audience.get(0))
                ? null
                : "aud must be the issuer or the token endpoint";
    }

    private String lifetimeProblem(Instant issuedAt, Instant expiresAt) {
        Instant now = clock.instant();
        if (expiresAt.isAfter(now.plus(maxLifetime).plus(CLOCK_SKEW))) {
            return "the client assertion may live at most " + maxLifetime.toSeconds() + " s";
        }
        if (issuedAt != null && issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return "iat is in the future";
        }
        if (issuedAt != null && Duration.between(issuedAt, expiresAt).compareTo(maxLifetime) > 0) {
            return "the client assertion may live at most " + maxLifetime.toSeconds() + " s";
        }
        return null;
    }

    private static String jtiProblem(String jti) {
        if (jti == null || jti.isBlank()) {
            return "jti is missing";
        }
        if (jti.length() > MAX_JTI_LENGTH) {
            return "jti is longer than " + MAX_JTI_LENGTH + " characters";
        }
        return null;
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, description, ERROR_URI));
    }
}
