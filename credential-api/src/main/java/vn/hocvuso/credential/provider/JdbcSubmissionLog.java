package vn.hocvuso.credential.provider;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the data-quality view counts, in {@code provider_submission_log}: each rejected submission
 * with its reason, and each retry answered from the stored response. Holds no personal data.
 */
@Repository
public class JdbcSubmissionLog {

    private final JdbcClient jdbc;

    JdbcSubmissionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rejected(String clientId, RejectionReason reason, Instant now) {
        insert(clientId, "REJECTED", reason.slug(), now);
    }

    void replayed(String clientId, Instant now) {
        insert(clientId, "REPLAYED", null, now);
    }

    /** Rejected submissions by reason slug, most frequent first. */
    public Map<String, Long> rejectionsByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select reason, count(*) as n from provider_submission_log where outcome = 'REJECTED'"
                        + " group by reason order by n desc, reason")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Retried submissions answered from the stored response instead of being counted again. */
    public long replays() {
        return jdbc.sql("select count(*) from provider_submission_log where outcome = 'REPLAYED'")
                .query(Long.class)
                .single();
    }

    private void insert(String clientId, String outcome, String reason, Instant now) {
        jdbc.sql("insert into provider_submission_log (client_id, outcome, reason, occurred_at) values (?, ?, ?, ?)")
                .param(clientId)
                .param(outcome)
                .param(reason)
                .param(now.atOffset(ZoneOffset.UTC))
                .update();
    }
}
