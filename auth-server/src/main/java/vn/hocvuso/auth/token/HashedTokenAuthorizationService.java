package vn.hocvuso.auth.token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps the authorizations of Spring Authorization Server with their token values hashed
 * ({@link TokenHash}) and with no personal data: an issued ID token's value is its hash and its
 * stored claims keep only the protocol claims (the national ID number and names it carried are
 * dropped). A copy of the database thus holds neither usable tokens nor personal data in clear.
 *
 * <p>Lookups hash the presented value; the authorization returned carries the presented value in
 * place of the hash, so that Spring Authorization Server's own comparisons by value (introspection,
 * revocation) work unchanged.
 */
public final class HashedTokenAuthorizationService implements OAuth2AuthorizationService {

    /** The ID token claims worth keeping: what logout, refresh and session management read. */
    static final Set<String> KEPT_ID_TOKEN_CLAIMS =
            Set.of("iss", "sub", "aud", "azp", "exp", "iat", "nbf", "jti", "auth_time", "nonce", "sid", "acr", "amr");

    private final OAuth2AuthorizationService delegate;

    public HashedTokenAuthorizationService(OAuth2AuthorizationService delegate) {
        this.delegate = delegate;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(hashed(authorization));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && "state".equals(tokenType.getValue())) {
            return delegate.findByToken(token, tokenType);
        }
        OAuth2Authorization found = delegate.findByToken(TokenHash.of(token), tokenType);
        return found == null ? null : withPresentedValue(found, token);
    }

    static OAuth2Authorization hashed(OAuth2Authorization authorization) {
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
        for (OAuth2Authorization.Token<?> token : tokens(authorization)) {
            OAuth2Token value = token.getToken();
            if (value instanceof OidcIdToken idToken) {
                Map<String, Object> kept = idToken.getClaims().entrySet().stream()
                        .filter(claim -> KEPT_ID_TOKEN_CLAIMS.contains(claim.getKey()))
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
                OidcIdToken stored = new OidcIdToken(
                        TokenHash.of(idToken.getTokenValue()), idToken.getIssuedAt(), idToken.getExpiresAt(), kept);
                builder.token(stored, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, kept));
            } else if (!TokenHash.isHash(value.getTokenValue())) {
                builder.token(withValue(value, TokenHash.of(value.getTokenValue())));
            }
        }
        return builder.build();
    }

    /** The authorization with the presented value in place of the stored hash it matched. */
    static OAuth2Authorization withPresentedValue(OAuth2Authorization authorization, String presented) {
        String hash = TokenHash.of(presented);
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
        for (OAuth2Authorization.Token<?> token : tokens(authorization)) {
            if (token.getToken().getTokenValue().equals(hash)) {
                builder.token(withValue(token.getToken(), presented));
            }
        }
        return builder.build();
    }

    private static List<OAuth2Authorization.Token<?>> tokens(OAuth2Authorization authorization) {
        List<OAuth2Authorization.Token<?>> tokens = new ArrayList<>();
        for (Class<? extends OAuth2Token> type : List.of(
                OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static OAuth2Token withValue(OAuth2Token token, String value) {
        if (token instanceof OAuth2AuthorizationCode) {
            return new OAuth2AuthorizationCode(value, token.getIssuedAt(), token.getExpiresAt());
        }
        if (token instanceof OAuth2AccessToken accessToken) {
            return new OAuth2AccessToken(
                    accessToken.getTokenType(),
                    value,
                    token.getIssuedAt(),
                    token.getExpiresAt(),
                    accessToken.getScopes());
        }
        if (token instanceof OAuth2RefreshToken) {
            return new OAuth2RefreshToken(value, token.getIssuedAt(), token.getExpiresAt());
        }
        if (token instanceof OidcIdToken idToken) {
            return new OidcIdToken(value, token.getIssuedAt(), token.getExpiresAt(), idToken.getClaims());
        }
        throw new IllegalArgumentException(
                "unexpected token type " + token.getClass().getName());
    }
}
