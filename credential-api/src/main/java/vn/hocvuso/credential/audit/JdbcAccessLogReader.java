package vn.hocvuso.credential.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the access log as stored, a bounded page at a time (keyset pagination on {@code seq}, the
 * primary key), so that walking a log of millions of entries holds one page in memory.
 */
@Repository
class JdbcAccessLogReader {

    private final JdbcClient jdbc;

    JdbcAccessLogReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChainHead head() {
        return jdbc.sql("select last_seq, last_hash from access_log_head where id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new ChainHead(-1, "(no head row)"));
    }

    /** Up to {@code limit} entries with a seq above {@code seq}, in seq order. */
    List<StoredEntry> entriesAfter(long seq, int limit) {
        return jdbc.sql("select seq, agency_id, purpose, channel, subject_key, answer, outcome, logged_at,"
                        + " previous_hash, entry_hash from access_log_entry where seq > ? order by seq limit ?")
                .param(seq)
                .param(limit)
                .query(JdbcAccessLogReader::entry)
                .list();
    }

    /** Up to {@code limit} checkpoints with a seq above {@code seq}, in seq order. */
    List<StoredCheckpoint> checkpointsAfter(long seq, int limit) {
        return jdbc.sql("select seq, entry_hash, sealed_at, kid, jws from access_log_checkpoint"
                        + " where seq > ? order by seq limit ?")
                .param(seq)
                .param(limit)
                .query((rs, row) -> new StoredCheckpoint(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
        return new StoredEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Optional.ofNullable(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant(),
                rs.getString(9),
                rs.getString(10));
    }
}
