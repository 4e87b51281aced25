package vn.hocvuso.credential.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log in {@code access_log_entry}, chained through {@code access_log_head}. Each append
 * locks the head row ({@code select ... for update}), so appends from every instance on the shared
 * database form one chain; the lock is held until the caller's transaction ends. When an append
 * crosses a multiple of {@code checkpoint-every-entries}, it seals the new head in the same
 * transaction.
 */
@Repository
class JdbcAccessLog implements AccessLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JdbcCheckpoints checkpoints;
    private final long checkpointEvery;

    JdbcAccessLog(JdbcClient jdbc, JdbcTemplate template, JdbcCheckpoints checkpoints, AccessLogProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.checkpoints = checkpoints;
        this.checkpointEvery = properties.checkpointEveryEntries();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AccessEvent event) {
        appendAll(List.of(event));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        ChainHead head = jdbc.sql("select last_seq, last_hash from access_log_head where id = 1 for update")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        List<Object[]> rows = new ArrayList<>(events.size());
        long seq = head.seq();
        String hash = head.hash();
        for (AccessEvent event : events) {
            seq++;
            String entryHash = ChainHash.of(hash, seq, event);
            rows.add(new Object[] {
                seq,
                event.agencyId(),
                event.purpose(),
                event.channel().value(),
                event.subject().map(key -> key.value()).orElse(null),
                event.answer(),
                event.outcome().value(),
                ChainHash.truncate(event.at()).atOffset(ZoneOffset.UTC),
                hash,
                entryHash
            });
            hash = entryHash;
        }
        template.batchUpdate(
                "insert into access_log_entry (seq, agency_id, purpose, channel, subject_key, answer, outcome,"
                        + " logged_at, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.sql("update access_log_head set last_seq = ?, last_hash = ? where id = 1")
                .param(seq)
                .param(hash)
                .update();
        if (checkpointEvery > 0 && seq / checkpointEvery > head.seq() / checkpointEvery) {
            checkpoints.seal(new ChainHead(seq, hash));
        }
    }
}
