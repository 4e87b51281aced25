package vn.hocvuso.credential.config;

import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
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
import vn.hocvuso.credential.issuance.WalletGrantAuthentication;
import vn.hocvuso.credential.offer.PreAuthorizedTokens;

/**
 * Authenticates the bearer token of a credential request. Two issuers: auth-server's JWTs
 * (authorization code flow; ES256, issuer {@code credentials.auth-server-url}, {@code aud} must
 * contain our base URL) and our own opaque tokens of the pre-authorized grant. A JWT has three
 * dot-separated parts; ours are plain base64url and never do.
 */
final class WalletTokenAuthentication implements AuthenticationManager {

    private final JwtAuthenticationProvider jwts;
    private final PreAuthorizedTokens preAuthorized;

    WalletTokenAuthentication(String authServer, String audience, PreAuthorizedTokens preAuthorized) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(authServer + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                List.of(new JwtTimestampValidator(), new JwtIssuerValidator(authServer), type, audience(audience))));
        this.jwts = new JwtAuthenticationProvider(decoder);
        this.preAuthorized = preAuthorized;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.chars().filter(c -> c == '.').count() == 2) {
            return jwts.authenticate(authentication);
        }
        return preAuthorized
                .grantOf(token)
                .<Authentication>map(WalletGrantAuthentication::new)
                .orElseThrow(() -> new InvalidBearerTokenException("the access token is unknown or expired"));
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
