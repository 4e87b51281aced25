package vn.hocvuso.auth.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;
import vn.hocvuso.auth.client.ClientRequirements;

/**
 * DPoP at the token endpoint (RFC 9449 §5), in front of Spring Authorization Server's grants:
 *
 * <ul>
 *   <li>a client registered with {@code require-dpop} gets {@code invalid_dpop_proof} without a
 *       proof, and never a bearer token;
 *   <li>a proof is checked here before the grant runs ({@link DPoPProofChecks}): against the
 *       {@code jti}s of every instance ({@link JdbcDPoPProofJtiStore}), the server-provided nonce
 *       ({@link DPoPNonces}, required when {@code auth.dpop.nonce-required}), {@code typ},
 *       {@code alg} (one of {@link #SIGNING_ALGORITHMS}, never {@code none} or a MAC), a public
 *       {@code jwk}, {@code htm}, {@code htu} and the {@code iat} window. Spring Authorization Server then
 *       checks it again (with its in-memory replay cache only) and binds the access token to the
 *       key: {@code cnf.jkt} = its SHA-256 JWK thumbprint (RFC 9449 §6.1, RFC 7638), token type
 *       {@code DPoP};
 *   <li>a refresh token whose access token was bound only refreshes with a proof of the same key,
 *       for every client: a wallet cannot switch keys or fall back to bearer tokens mid-session;
 *   <li>a code whose authorization request was bound to a key ({@code dpop_jkt}, RFC 9449 §10,
 *       see {@link DPoPKeyParameter}) redeems only with a proof of that key;
 *   <li>every token response to a request with a DPoP proof carries a fresh {@code DPoP-Nonce} (§8).
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

    /** The response header of server-provided nonces (RFC 9449 §8). */
    public static final String NONCE_HEADER = "DPoP-Nonce";

    private static final OAuth2TokenType AUTHORIZATION_CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final Set<Class<?>> GRANTS = Set.of(
            OAuth2AuthorizationCodeAuthenticationToken.class,
            OAuth2RefreshTokenAuthenticationToken.class,
            OAuth2ClientCredentialsAuthenticationToken.class);

    private final DPoPProofChecks checks;
    private final DPoPNonces nonces;
    private final OAuth2AuthorizationService authorizations;

    public DPoPTokenRequests(DPoPProofChecks checks, DPoPNonces nonces, OAuth2AuthorizationService authorizations) {
        this.checks = checks;
        this.nonces = nonces;
        this.authorizations = authorizations;
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
                verified = checks.verifyTokenRequest(
                        proof, (String) parameters.get("dpop_method"), (String) parameters.get("dpop_target_uri"));
            } else if (ClientRequirements.dpop(client.getRegisteredClient())) {
                throw DPoPProofChecks.invalidProof("this client must send a DPoP proof");
            }
            if (grant instanceof OAuth2RefreshTokenAuthenticationToken refresh) {
                checkKeyBinding(refresh, client.getRegisteredClient(), verified);
            }
            if (grant instanceof OAuth2AuthorizationCodeAuthenticationToken code) {
                checkCodeBinding(code, client.getRegisteredClient(), verified);
            }
            return delegate.authenticate(authentication);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }

    /**
     * A code whose authorization request named a {@code dpop_jkt} (RFC 9449 §10), or whose pushed
     * request came with a proof, redeems only with a proof of that key.
     */
    private void checkCodeBinding(OAuth2AuthorizationCodeAuthenticationToken code, RegisteredClient client, Jwt proof) {
        OAuth2Authorization authorization = authorizations.findByToken(code.getCode(), AUTHORIZATION_CODE);
        if (authorization == null || !authorization.getRegisteredClientId().equals(client.getId())) {
            return; // the grant answers invalid_grant
        }
        OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        Object bound =
                request == null ? null : request.getAdditionalParameters().get(DPoPKeyParameter.NAME);
        if (bound == null) {
            return;
        }
        if (proof == null) {
            throw DPoPProofChecks.invalidProof("the code is bound to a DPoP key (dpop_jkt): send a proof of it");
        }
        if (!bound.equals(DPoPProofChecks.thumbprint(proof))) {
            throw DPoPProofChecks.invalidProof("the DPoP proof is signed with another key than dpop_jkt names");
        }
    }

    /**
     * Every token response to a request with a DPoP proof carries a fresh nonce (RFC 9449 §8),
     * whether or not nonces are required; clients without DPoP (agencies, the benchmark) pay nothing.
     */
    public AuthenticationSuccessHandler withNonce(AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            offerNonce(request, response);
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Error responses too, above all {@code use_dpop_nonce}, whose retry needs it. */
    public AuthenticationFailureHandler withNonce(AuthenticationFailureHandler next) {
        return (request, response, exception) -> {
            offerNonce(request, response);
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    private void offerNonce(HttpServletRequest request, HttpServletResponse response) {
        if (request.getHeader("DPoP") != null) {
            response.setHeader(NONCE_HEADER, nonces.issue());
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
            throw DPoPProofChecks.invalidProof("the refresh token is bound to a DPoP key: send a proof of it");
        }
        if (!bound.equals(DPoPProofChecks.thumbprint(proof))) {
            throw DPoPProofChecks.invalidProof(
                    "the DPoP proof is signed with another key than the refresh token is bound to");
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
}
