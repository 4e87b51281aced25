package vn.hocvuso.credential.provider;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accepted provider submissions by (client, Idempotency-Key), in {@code provider_submission}. The
 * primary key makes the same key impossible to accept twice, even for two requests at once.
 */
@Repository
class JdbcProviderSubmissions {

    private final JdbcClient jdbc;

    JdbcProviderSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSubmission> find(String clientId, String idempotencyKey) {
        return jdbc.sql("select fingerprint, response_status, response_body from provider_submission"
                        + " where client_id = ? and idempotency_key = ?")
                .param(clientId)
                .param(idempotencyKey)
                .query((rs, row) -> new StoredSubmission(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    void insert(String clientId, String idempotencyKey, StoredSubmission submission, Instant now) {
        jdbc.sql("insert into provider_submission (client_id, idempotency_key, fingerprint, response_status,"
                        + " response_body, created_at) values (?, ?, ?, ?, ?, ?)")
                .param(clientId)
                .param(idempotencyKey)
                .param(submission.fingerprint())
                .param(submission.status())
                .param(submission.body())
                .param(now.atOffset(ZoneOffset.UTC))
                .update();
    }
}
