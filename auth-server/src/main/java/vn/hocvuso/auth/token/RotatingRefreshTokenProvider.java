package vn.hocvuso.auth.token;

import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refresh token rotation with reuse detection (RFC 9700 §4.14.2). Every use of a refresh token
 * spends it (recorded by hash in the same transaction as the new tokens) and issues a new one. A
 * spent refresh token that comes back, or two concurrent uses of one, mean that it leaked: the
 * whole family, every token of that authorization, is revoked and the request gets
 * {@code invalid_grant}.
 */
public final class RotatingRefreshTokenProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final OAuth2AuthorizationService authorizations;
    private final JdbcConsumedTokenStore consumed;
    private final TokenFamilies families;
    private final TransactionTemplate transactions;

    public RotatingRefreshTokenProvider(
            AuthenticationProvider delegate,
            OAuth2AuthorizationService authorizations,
            JdbcConsumedTokenStore consumed,
            TokenFamilies families,
            TransactionTemplate transactions) {
        this.delegate = delegate;
        this.authorizations = authorizations;
        this.consumed = consumed;
        this.families = families;
        this.transactions = transactions;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2RefreshTokenAuthenticationToken grant = (OAuth2RefreshTokenAuthenticationToken) authentication;
        String presented = grant.getRefreshToken();
        Optional<String> spentBy = consumed.spentBy(presented, JdbcConsumedTokenStore.Kind.REFRESH_TOKEN);
        if (spentBy.isPresent()) {
            throw reused(spentBy.get());
        }
        OAuth2Authorization authorization = authorizations.findByToken(presented, OAuth2TokenType.REFRESH_TOKEN);
        OAuth2Authorization.Token<OAuth2RefreshToken> current =
                authorization == null ? null : authorization.getRefreshToken();
        if (current == null) {
            return delegate.authenticate(authentication);
        }
        try {
            return transactions.execute(status -> {
                consumed.spend(
                        presented,
                        JdbcConsumedTokenStore.Kind.REFRESH_TOKEN,
                        authorization.getId(),
                        current.getToken().getExpiresAt() != null
                                ? current.getToken().getExpiresAt()
                                : current.getToken().getIssuedAt());
                // A refusal rolls the spending back: the token was not rotated, it stays usable.
                return delegate.authenticate(authentication);
            });
        } catch (DuplicateKeyException | ConcurrencyFailureException concurrentUse) {
            throw reused(authorization.getId());
        }
    }

    private OAuth2AuthenticationException reused(String authorizationId) {
        families.revoke(authorizationId, "a spent refresh token was presented again");
        return new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2RefreshTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
