package vn.hocvuso.auth.token;

import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;

/**
 * Revokes every token of an authorization at once: its code, access, refresh and ID token. Used
 * when a spent refresh token comes back (RFC 9700 §4.14.2) and when a citizen withdraws a consent.
 * Self-contained access tokens stay valid for resource servers that do not introspect until they
 * expire (5 minutes by default).
 */
public final class TokenFamilies {

    private static final Logger LOG = LoggerFactory.getLogger(TokenFamilies.class);

    private final OAuth2AuthorizationService authorizations;

    public TokenFamilies(OAuth2AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void revoke(String authorizationId, String reason) {
        OAuth2Authorization authorization = authorizations.findById(authorizationId);
        if (authorization == null) {
            return;
        }
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
        Stream.of(
                        authorization.getAccessToken(),
                        authorization.getRefreshToken(),
                        authorization.getToken(OidcIdToken.class),
                        authorization.getToken(OAuth2AuthorizationCode.class))
                .filter(Objects::nonNull)
                .forEach(token -> builder.invalidate(token.getToken()));
        authorizations.save(builder.build());
        LOG.info("revoked the tokens of authorization {}: {}", authorizationId, reason);
    }
}
