package vn.hocvuso.credential.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.IssuanceProperties;
import vn.hocvuso.credential.issuance.Secrets;
import vn.hocvuso.credential.issuance.WalletGrant;

/**
 * The token endpoint's pre-authorized code grant (OID4VCI 1.0 §6.1): a code with its transaction
 * code becomes one short-lived opaque access token, once. The redemption and the token are written
 * in one transaction, and the database lets one code have one token only.
 */
@Service
public class PreAuthorizedTokens {

    private final JdbcPreAuthorizedGrantStore store;
    private final IssuanceProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** A token response: the token and its lifetime in seconds. */
    public record IssuedToken(String accessToken, long expiresIn) {
        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresIn + "]";
        }
    }

    public PreAuthorizedTokens(
            JdbcPreAuthorizedGrantStore store,
            IssuanceProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The grant of one of our access tokens, and the DPoP key it is bound to, if any. */
    public record BoundGrant(WalletGrant grant, Optional<String> dpopKey) {}

    public IssuedToken redeem(String code, String txCode) {
        return redeem(code, txCode, Optional.empty());
    }

    /** As {@link #redeem(String, String)}, the token bound to the DPoP key with thumbprint {@code dpopKey}. */
    public IssuedToken redeem(String code, String txCode, Optional<String> dpopKey) {
        Instant now = clock.instant();
        String codeHash = Secrets.hash(code);
        // One word for unknown, used, expired and locked codes: the caller learns nothing more (§6.3).
        if (!store.takeAttempt(codeHash, properties.txCodeMaxAttempts(), now)) {
            throw TokenError.invalidGrant("the pre-authorized code is invalid, expired or already used");
        }
        PreAuthorizedCode stored = store.byCode(codeHash).orElseThrow();
        if (!Secrets.same(Secrets.keyedHash(code, txCode), stored.txCodeHash())) {
            throw TokenError.invalidGrant("the transaction code is wrong");
        }
        String token = Secrets.random();
        Instant expiresAt = now.plus(properties.accessTokenLifetime());
        try {
            transaction.executeWithoutResult(status -> {
                if (!store.redeem(codeHash, now)) {
                    throw TokenError.invalidGrant("the pre-authorized code is invalid, expired or already used");
                }
                store.saveAccessToken(Secrets.hash(token), stored, expiresAt, dpopKey.orElse(null));
            });
        } catch (DuplicateKeyException e) {
            // A concurrent redemption already holds the code's one token.
            throw TokenError.invalidGrant("the pre-authorized code is invalid, expired or already used");
        }
        return new IssuedToken(token, properties.accessTokenLifetime().toSeconds());
    }

    /** The grant of a live access token of ours. */
    public Optional<WalletGrant> grantOf(String accessToken) {
        return boundGrantOf(accessToken).map(BoundGrant::grant);
    }

    /** The grant of a live access token of ours, with its DPoP key. */
    public Optional<BoundGrant> boundGrantOf(String accessToken) {
        return store.grantOf(Secrets.hash(accessToken), clock.instant());
    }
}
