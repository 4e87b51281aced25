package vn.hocvuso.credential.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.hocvuso.credential.dpop.DPoPProofException;
import vn.hocvuso.credential.dpop.DPoPProofVerifier;
import vn.hocvuso.credential.issuance.WalletGrantAuthentication;
import vn.hocvuso.credential.offer.PreAuthorizedTokens;

/**
 * Authenticates the bearer token of a credential request. Two issuers: auth-server's JWTs
 * (authorization code flow; ES256, issuer {@code credentials.auth-server-url}, {@code aud} must
 * contain our base URL) and our own opaque tokens of the pre-authorized grant. A JWT has three
 * dot-separated parts; ours are plain base64url and never do. Either kind may be DPoP-bound.
 */
final class WalletTokenAuthentication implements AuthenticationManager, AuthenticationProvider {

    private final JwtAuthenticationProvider jwts;
    private final PreAuthorizedTokens preAuthorized;
    private final DPoPProofVerifier proofs;

    WalletTokenAuthentication(
            String authServer, String audience, PreAuthorizedTokens preAuthorized, DPoPProofVerifier proofs) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(authServer + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                List.of(new JwtTimestampValidator(), new JwtIssuerValidator(authServer), type, audience(audience))));
        this.jwts = new JwtAuthenticationProvider(decoder);
        this.preAuthorized = preAuthorized;
        this.proofs = proofs;
    }

    /**
     * A bearer token must not be DPoP-bound (RFC 9449 §7.2); a DPoP token must be, and its proof
     * must pass every check of {@link DPoPProofVerifier} for this request and this token.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication instanceof DPoPTokenRequest dpop) {
            Authentication token = token(dpop.accessToken());
            String boundKey = boundKey(token)
                    .orElseThrow(() -> refused(
                            OAuth2ErrorCodes.INVALID_TOKEN,
                            "the access token is not DPoP-bound; present it with the Bearer scheme"));
            try {
                proofs.verify(dpop.proofs(), dpop.method(), dpop.targetUri(), dpop.accessToken(), boundKey);
            } catch (DPoPProofException e) {
                throw refused(e.error(), e.getMessage());
            }
            return token;
        }
        Authentication token = token(((BearerTokenAuthenticationToken) authentication).getToken());
        if (boundKey(token).isPresent()) {
            throw refused(
                    OAuth2ErrorCodes.INVALID_TOKEN,
                    "the access token is DPoP-bound; present it with the DPoP scheme and a DPoP proof");
        }
        return token;
    }

    /** As a provider of the DPoP filter's manager: the DPoP-scheme requests. */
    @Override
    public boolean supports(Class<?> authentication) {
        return DPoPTokenRequest.class.isAssignableFrom(authentication);
    }

    private Authentication token(String token) {
        if (token.chars().filter(c -> c == '.').count() == 2) {
            return jwts.authenticate(new BearerTokenAuthenticationToken(token));
        }
        return preAuthorized
                .boundGrantOf(token)
                .<Authentication>map(bound -> new WalletGrantAuthentication(bound.grant(), bound.dpopKey()))
                .orElseThrow(() -> new InvalidBearerTokenException("the access token is unknown or expired"));
    }

    /** The {@code cnf.jkt} of an auth-server token (RFC 9449 §6.1), or the key our own token was bound to. */
    static Optional<String> boundKey(Authentication token) {
        if (token instanceof WalletGrantAuthentication ours) {
            return ours.dpopKey();
        }
        if (token instanceof JwtAuthenticationToken jwt) {
            Object cnf = jwt.getToken().getClaims().get("cnf");
            if (cnf instanceof Map<?, ?> confirmation && confirmation.get("jkt") instanceof String jkt) {
                return Optional.of(jkt);
            }
        }
        return Optional.empty();
    }

    private static DPoPAuthenticationException refused(String error, String description) {
        return new DPoPAuthenticationException(new OAuth2Error(error, description, null));
    }

    /** RFC 9068 §4 / our contract: the token must be meant for this resource. */
    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error error =
                new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the access token is not meant for " + audience, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }
}
