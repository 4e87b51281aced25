package vn.hocvuso.credential.audit;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.learner.LearnerKey;

/** Reads a citizen's entries through the {@code (subject_key, seq)} index, a page at a time. */
@Repository
class JdbcCitizenAccessLog implements CitizenAccessLog {

    private final JdbcClient jdbc;

    JdbcCitizenAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AccessLogPage lookedAt(LearnerKey subject, int page, int size) {
        long total = jdbc.sql("select count(*) from access_log_entry where subject_key = ?")
                .param(subject.value())
                .query(Long.class)
                .single();
        var entries = jdbc.sql("select agency_id, purpose, channel, answer, outcome, logged_at from access_log_entry"
                        + " where subject_key = ? order by seq desc limit ? offset ?")
                .param(subject.value())
                .param(size)
                .param((long) page * size)
                .query((rs, row) -> new AccessEvent(
                        rs.getString(1),
                        rs.getString(2),
                        AccessChannel.of(rs.getString(3)),
                        Optional.of(subject),
                        rs.getString(4),
                        AccessOutcome.of(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
        return new AccessLogPage(entries, page, size, total);
    }
}
