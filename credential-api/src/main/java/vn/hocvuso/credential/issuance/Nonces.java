package vn.hocvuso.credential.issuance;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Fresh, single-use {@code c_nonce} values for key proofs (OID4VCI 1.0 §7), kept only as hashes. */
@Service
public class Nonces {

    private final JdbcNonceStore store;
    private final IssuanceProperties properties;
    private final Clock clock;

    public Nonces(JdbcNonceStore store, IssuanceProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    public String issue() {
        String nonce = Secrets.random();
        store.save(Secrets.hash(nonce), clock.instant().plus(properties.nonceLifetime()));
        return nonce;
    }

    /** Uses up {@code nonce} inside the caller's transaction; false if it is unknown, used or expired. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean consume(String nonce) {
        return store.consume(Secrets.hash(nonce), clock.instant());
    }

    @Scheduled(fixedDelayString = "${credentials.issuance.cleanup-interval:5m}")
    void deleteExpired() {
        store.deleteExpired(clock.instant());
    }
}
