package vn.hocvuso.nid.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps personal data out of the stored authorizations. Spring Authorization Server saves each
 * issued ID token (value and claims) with its authorization; ours carry names and the ID number,
 * which must never rest in clear. This decorator stores, instead of the ID token, its SHA-256 digest
 * and only its protocol claims ({@code iss}, {@code sub}, {@code aud}, {@code sid}, ...): enough to
 * recognise it later as an {@code id_token_hint} at logout, nothing about the person. The client got
 * the full token in the token response; the provider never needs it again.
 */
public final class PersonalDataFreeAuthorizations implements OAuth2AuthorizationService {

    static final String DIGEST_PREFIX = "sha256:";
    static final Set<String> PROTOCOL_CLAIMS =
            Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "auth_time", "nonce", "acr", "amr", "azp", "sid");
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final OAuth2AuthorizationService delegate;

    public PersonalDataFreeAuthorizations(OAuth2AuthorizationService delegate) {
        this.delegate = delegate;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(withoutPersonalData(authorization));
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
        if (tokenType != null && ID_TOKEN.equals(tokenType)) {
            return delegate.findByToken(digest(token), tokenType);
        }
        OAuth2Authorization found = delegate.findByToken(token, tokenType);
        if (found == null && tokenType == null) {
            found = delegate.findByToken(digest(token), ID_TOKEN);
        }
        return found;
    }

    static OAuth2Authorization withoutPersonalData(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OidcIdToken> stored = authorization.getToken(OidcIdToken.class);
        if (stored == null || stored.getToken().getTokenValue().startsWith(DIGEST_PREFIX)) {
            return authorization;
        }
        OidcIdToken idToken = stored.getToken();
        Map<String, Object> kept = new LinkedHashMap<>();
        idToken.getClaims().forEach((name, value) -> {
            if (PROTOCOL_CLAIMS.contains(name)) {
                kept.put(name, value);
            }
        });
        OidcIdToken digested =
                new OidcIdToken(digest(idToken.getTokenValue()), idToken.getIssuedAt(), idToken.getExpiresAt(), kept);
        return OAuth2Authorization.from(authorization)
                .token(digested, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, kept))
                .build();
    }

    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return DIGEST_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
