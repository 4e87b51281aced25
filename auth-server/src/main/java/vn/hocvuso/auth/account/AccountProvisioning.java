package vn.hocvuso.auth.account;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Just-in-time accounts: the first login through the national identity creates the account, later
 * ones find it by the upstream {@code iss} + {@code sub} and refresh its personal data. Never links
 * on anything else; an ID number already held by another upstream identity is a conflict.
 */
public final class AccountProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(AccountProvisioning.class);

    private final JdbcCitizenAccountStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AccountProvisioning(JdbcCitizenAccountStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The account of this upstream identity, created or refreshed with the profile it vouches for. */
    public CitizenAccount linkOrCreate(UpstreamIdentity upstream, CitizenProfile profile) {
        try {
            return transactions.execute(status -> link(upstream, profile));
        } catch (DuplicateKeyException e) {
            // Either a concurrent first login of the same identity won (then link to its account),
            // or the ID number belongs to another upstream identity (a conflict).
            Optional<CitizenAccount> winner = store.findByUpstream(upstream);
            if (winner.isPresent()) {
                return transactions.execute(status -> link(upstream, profile));
            }
            throw new AccountConflictException("the ID number is already linked to another upstream identity");
        }
    }

    private CitizenAccount link(UpstreamIdentity upstream, CitizenProfile profile) {
        Optional<CitizenAccount> existing = store.findByUpstream(upstream);
        if (existing.isPresent()) {
            CitizenAccount known = existing.get();
            if (!known.profile().nationalId().equals(profile.nationalId())) {
                throw new AccountConflictException("the upstream identity now vouches for another ID number");
            }
            CitizenAccount refreshed =
                    new CitizenAccount(known.id(), upstream, profile, known.createdAt(), clock.instant());
            store.updateProfile(refreshed);
            return refreshed;
        }
        CitizenAccount created =
                new CitizenAccount(UUID.randomUUID().toString(), upstream, profile, clock.instant(), clock.instant());
        store.insert(created);
        LOG.info("created citizen account {}", created.id());
        return created;
    }
}
