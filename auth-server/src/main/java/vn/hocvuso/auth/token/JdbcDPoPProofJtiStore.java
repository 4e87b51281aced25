package vn.hocvuso.auth.token;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jwt.DPoPProofReplayValidator;

/**
 * The {@code jti}s of the DPoP proofs accepted at the token endpoint, until their {@code iat} window
 * closes (RFC 9449 §11.1). In the database rather than in Spring Security's in-memory cache, so
 * that a proof replayed to another instance behind the load balancer is refused too; the primary
 * key makes the check-and-record atomic. Plugged into {@link DPoPProofReplayValidator}, which only
 * calls {@link #putIfAbsent}: the keys it passes are already SHA-256 hashes of the {@code jti}.
 */
public final class JdbcDPoPProofJtiStore implements Cache {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDPoPProofJtiStore.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcDPoPProofJtiStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the proof's jti; a non-null answer means it was seen before (a replay). */
    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        DPoPProofReplayValidator.CacheValue proof = (DPoPProofReplayValidator.CacheValue) value;
        try {
            jdbc.sql("INSERT INTO dpop_proof_jti (jti_hash, expires_at) VALUES (:jti, :expires)")
                    .param("jti", (String) key)
                    .param("expires", OffsetDateTime.ofInstant(proof.getExpiresAt(), ZoneOffset.UTC))
                    .update();
            return null;
        } catch (DuplicateKeyException replayed) {
            return new SimpleValueWrapper(value);
        }
    }

    @Override
    public void put(Object key, Object value) {
        putIfAbsent(key, value);
    }

    @Override
    public ValueWrapper get(Object key) {
        Boolean seen = jdbc.sql("SELECT COUNT(*) > 0 FROM dpop_proof_jti WHERE jti_hash = :jti")
                .param("jti", (String) key)
                .query(Boolean.class)
                .single();
        return seen ? new SimpleValueWrapper(key) : null;
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        throw new UnsupportedOperationException("the store only records jtis");
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        throw new UnsupportedOperationException("the store only records jtis");
    }

    /** Entries are never evicted early: an evicted jti could be replayed. */
    @Override
    public void evict(Object key) {}

    @Override
    public void clear() {}

    @Override
    public String getName() {
        return "dpop-proof-jti";
    }

    @Override
    public Object getNativeCache() {
        return jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM dpop_proof_jti").query(Long.class).single();
    }

    /** Deletes the jtis whose proofs can no longer pass the iat check anyway. */
    @Scheduled(fixedDelayString = "${auth.tokens.cleanup-interval:1m}")
    public void deleteExpired() {
        Instant now = clock.instant();
        int deleted = jdbc.sql("DELETE FROM dpop_proof_jti WHERE expires_at < :now")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        if (deleted > 0) {
            LOG.debug("deleted {} DPoP proof jti records past their expiry", deleted);
        }
    }
}
