package vn.hocvuso.credential.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hocvuso.credential.config.CredentialApiProperties;

/**
 * Seals the chain's head into {@code access_log_checkpoint}. Sealing locks the head row as appends
 * do, so the sealed seq and hash are the committed head, and a checkpoint made inside an appending
 * transaction rolls back with it.
 */
@Repository
public class JdbcCheckpoints {

    private final JdbcClient jdbc;
    private final CheckpointKeys keys;
    private final String issuer;
    private final Clock clock;

    JdbcCheckpoints(JdbcClient jdbc, CheckpointKeys keys, CredentialApiProperties app, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.issuer = app.baseUrlText();
        this.clock = clock;
    }

    /** Seals the head now, unless the chain is empty or the head is already sealed. */
    @Transactional
    public Optional<StoredCheckpoint> sealHead() {
        ChainHead head = jdbc.sql("select last_seq, last_hash from access_log_head where id = 1 for update")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        long sealed = jdbc.sql("select coalesce(max(seq), 0) from access_log_checkpoint")
                .query(Long.class)
                .single();
        if (head.seq() <= sealed) {
            return Optional.empty();
        }
        return Optional.of(seal(head));
    }

    /** Seals {@code head}, whose row the calling transaction has locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    StoredCheckpoint seal(ChainHead head) {
        // iat is in whole seconds (RFC 7519 NumericDate): the stored time is the signed one.
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CheckpointKeys.Signing signing = keys.signing();
        String jws = CheckpointJws.sign(signing, issuer, head.seq(), head.hash(), at);
        jdbc.sql("insert into access_log_checkpoint (seq, entry_hash, sealed_at, kid, jws) values (?, ?, ?, ?, ?)")
                .param(head.seq())
                .param(head.hash())
                .param(at.atOffset(ZoneOffset.UTC))
                .param(signing.kid())
                .param(jws)
                .update();
        return new StoredCheckpoint(head.seq(), head.hash(), at, signing.kid(), jws);
    }
}
