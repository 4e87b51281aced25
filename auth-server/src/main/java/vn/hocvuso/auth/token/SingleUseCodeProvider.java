package vn.hocvuso.auth.token;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes an authorization code redeem exactly once, even when redeemed concurrently on several
 * threads or instances (RFC 6749 §4.1.2). Spring Authorization Server reads the authorization,
 * checks that the code is active and saves the issued tokens in separate statements, so two
 * concurrent requests can both see an active code. Here the redemption runs in one database
 * transaction that first records the code as spent under a primary key: of concurrent
 * redemptions exactly one commits, the others get {@code invalid_grant} and no token.
 *
 * <p>A code that arrives already spent goes to Spring Authorization Server's own replay handling,
 * which revokes the tokens issued with it. Any redemption attempt by an authenticated client spends
 * the code, whether or not it succeeds.
 */
public final class SingleUseCodeProvider implements AuthenticationProvider {

    private static final OAuth2TokenType CODE = new OAuth2TokenType("code");

    private final AuthenticationProvider delegate;
    private final OAuth2AuthorizationService authorizations;
    private final JdbcConsumedTokenStore consumed;
    private final TransactionTemplate transactions;

    public SingleUseCodeProvider(
            AuthenticationProvider delegate,
            OAuth2AuthorizationService authorizations,
            JdbcConsumedTokenStore consumed,
            TransactionTemplate transactions) {
        this.delegate = delegate;
        this.authorizations = authorizations;
        this.consumed = consumed;
        this.transactions = transactions;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2AuthorizationCodeAuthenticationToken grant = (OAuth2AuthorizationCodeAuthenticationToken) authentication;
        OAuth2Authorization authorization = authorizations.findByToken(grant.getCode(), CODE);
        OAuth2Authorization.Token<OAuth2AuthorizationCode> code =
                authorization == null ? null : authorization.getToken(OAuth2AuthorizationCode.class);
        if (code == null || code.isInvalidated()) {
            return delegate.authenticate(authentication);
        }
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> {
                consumed.spend(
                        grant.getCode(),
                        JdbcConsumedTokenStore.Kind.AUTHORIZATION_CODE,
                        authorization.getId(),
                        code.getToken().getExpiresAt());
                try {
                    return new Outcome(delegate.authenticate(authentication), null);
                } catch (OAuth2AuthenticationException refused) {
                    // Commit anyway: the code is spent, and the provider's own changes stand.
                    return new Outcome(null, refused);
                }
            });
        } catch (DuplicateKeyException | ConcurrencyFailureException lost) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT);
        }
        return outcome.result();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2AuthorizationCodeAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Outcome(Authentication issued, OAuth2AuthenticationException refused) {

        Authentication result() {
            if (refused != null) {
                throw refused;
            }
            return issued;
        }
    }
}
