package vn.hocvuso.auth.token;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.cache.Cache;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.DPoPProofContext;
import org.springframework.security.oauth2.jwt.DPoPProofJwtDecoderFactory;
import org.springframework.security.oauth2.jwt.DPoPProofReplayValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuedAtValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.util.StringUtils;
import vn.hocvuso.auth.client.ClientRequirements;

/**
 * DPoP at the token endpoint (RFC 9449 §5), in front of Spring Authorization Server's grants:
 *
 * <ul>
 *   <li>a client registered with {@code require-dpop} gets {@code invalid_dpop_proof} without a
 *       proof, and never a bearer token;
 *   <li>a proof is checked here before the grant runs, against the {@code jti}s of every instance
 *       ({@link JdbcDPoPProofJtiStore}), besides {@code typ}, {@code alg} (one of
 *       {@link #SIGNING_ALGORITHMS}, never {@code none} or a MAC), a public {@code jwk},
 *       {@code htm}, {@code htu} and the {@code iat} window. Spring Authorization Server then
 *       checks it again (with its in-memory replay cache only) and binds the access token to the
 *       key: {@code cnf.jkt} = its SHA-256 JWK thumbprint (RFC 9449 §6.1, RFC 7638), token type
 *       {@code DPoP};
 *   <li>a refresh token whose access token was bound only refreshes with a proof of the same key,
 *       for every client: a wallet cannot switch keys or fall back to bearer tokens mid-session.
 * </ul>
 *
 * A refused request changes nothing: the code stays unspent, the refresh token unrotated.
 */
public final class DPoPTokenRequests {

    /** What {@code dpop_signing_alg_values_supported} promises; the verifier accepts these only. */
    public static final List<String> SIGNING_ALGORITHMS =
            List.of("ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512");

    /** How far a proof's iat may lie from now, either way, and how long its jti is kept. */
    static final Duration IAT_WINDOW = Duration.ofSeconds(30);

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc9449#section-5";
    private static final Set<Class<?>> GRANTS = Set.of(
            OAuth2AuthorizationCodeAuthenticationToken.class,
            OAuth2RefreshTokenAuthenticationToken.class,
            OAuth2ClientCredentialsAuthenticationToken.class);

    private final DPoPProofJwtDecoderFactory decoders = new DPoPProofJwtDecoderFactory();
    private final OAuth2AuthorizationService authorizations;

    public DPoPTokenRequests(Cache jtis, Clock clock, OAuth2AuthorizationService authorizations) {
        this.authorizations = authorizations;
        JwtIssuedAtValidator issuedAt = new JwtIssuedAtValidator(true);
        issuedAt.setClockSkew(IAT_WINDOW);
        issuedAt.setClock(clock);
        DPoPProofReplayValidator replay = new DPoPProofReplayValidator(jtis);
        replay.setClockSkew(IAT_WINDOW);
        replay.setClock(clock);
        decoders.setJwtValidatorFactory(DPoPProofJwtDecoderFactory.createDefaultJwtValidatorFactory(
                List.of(DPoPTokenRequests::supportedAlgorithm, issuedAt, replay)));
    }

    /** Puts the DPoP rules in front of every grant that issues access tokens. */
    public void wrap(List<AuthenticationProvider> providers) {
        providers.replaceAll(provider -> GRANTS.stream().anyMatch(provider::supports) ? new Rules(provider) : provider);
    }

    private final class Rules implements AuthenticationProvider {

        private final AuthenticationProvider delegate;

        Rules(AuthenticationProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            OAuth2AuthorizationGrantAuthenticationToken grant =
                    (OAuth2AuthorizationGrantAuthenticationToken) authentication;
            if (!(grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client)
                    || !client.isAuthenticated()
                    || client.getRegisteredClient() == null) {
                return delegate.authenticate(authentication);
            }
            Map<String, Object> parameters = grant.getAdditionalParameters();
            String proof = (String) parameters.get("dpop_proof");
            Jwt verified = null;
            if (StringUtils.hasText(proof)) {
                verified = verify(
                        proof, (String) parameters.get("dpop_method"), (String) parameters.get("dpop_target_uri"));
            } else if (ClientRequirements.dpop(client.getRegisteredClient())) {
                throw invalidProof("this client must send a DPoP proof");
            }
            if (grant instanceof OAuth2RefreshTokenAuthenticationToken refresh) {
                checkKeyBinding(refresh, client.getRegisteredClient(), verified);
            }
            return delegate.authenticate(authentication);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }

    private Jwt verify(String proof, String method, String targetUri) {
        try {
            DPoPProofContext context = DPoPProofContext.withDPoPProof(proof)
                    .method(method)
                    .targetUri(targetUri)
                    .build();
            return decoders.createDecoder(context).decode(proof);
        } catch (JwtValidationException invalid) {
            String reason = invalid.getErrors().stream()
                    .map(OAuth2Error::getDescription)
                    .filter(StringUtils::hasText)
                    .findFirst()
                    .orElse("the DPoP proof is not valid");
            throw invalidProof(reason);
        } catch (JwtException | IllegalArgumentException malformed) {
            throw invalidProof("the DPoP proof is not a valid signed dpop+jwt with a public jwk");
        }
    }

    /** The refresh of a bound token needs a proof of the bound key (the binding travels with the session). */
    private void checkKeyBinding(OAuth2RefreshTokenAuthenticationToken refresh, RegisteredClient client, Jwt proof) {
        OAuth2Authorization authorization =
                authorizations.findByToken(refresh.getRefreshToken(), OAuth2TokenType.REFRESH_TOKEN);
        if (authorization == null || !authorization.getRegisteredClientId().equals(client.getId())) {
            return; // the grant answers invalid_grant
        }
        String bound = boundThumbprint(authorization);
        if (bound == null) {
            return;
        }
        if (proof == null) {
            throw invalidProof("the refresh token is bound to a DPoP key: send a proof of it");
        }
        if (!bound.equals(thumbprint(proof))) {
            throw invalidProof("the DPoP proof is signed with another key than the refresh token is bound to");
        }
    }

    private static String boundThumbprint(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization.getAccessToken();
        if (accessToken == null || accessToken.getClaims() == null) {
            return null;
        }
        return accessToken.getClaims().get("cnf") instanceof Map<?, ?> cnf && cnf.get("jkt") instanceof String jkt
                ? jkt
                : null;
    }

    private static String thumbprint(Jwt proof) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> jwk = (Map<String, Object>) proof.getHeaders().get("jwk");
            return JWK.parse(jwk).computeThumbprint().toString();
        } catch (Exception e) {
            throw invalidProof("the DPoP proof's jwk is not a key");
        }
    }

    private static OAuth2TokenValidatorResult supportedAlgorithm(Jwt proof) {
        Object algorithm = proof.getHeaders().get("alg");
        return algorithm != null && SIGNING_ALGORITHMS.contains(algorithm.toString())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(invalidProofError("alg must be one of " + SIGNING_ALGORITHMS));
    }

    private static OAuth2AuthenticationException invalidProof(String description) {
        return new OAuth2AuthenticationException(invalidProofError(description));
    }

    private static OAuth2Error invalidProofError(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_DPOP_PROOF, description, ERROR_URI);
    }
}
