package vn.hocvuso.credential.presentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Presentation requests and, once answered, their sealed results. */
@Repository
public class JdbcPresentationRequestStore {

    private final JdbcClient jdbc;

    /** A closed request's outcome: its verdict and the sealed (encrypted) result. */
    public record Answer(PresentationRequest.Status status, String verdict, String sealedResult) {}

    public JdbcPresentationRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a new request; {@code sealedKey} is the sealed private response key of a direct_post.jwt request, or null. */
    public void save(PresentationRequest request, String transactionHash, String sealedKey, Instant createdAt) {
        jdbc.sql("INSERT INTO presentation_request (id, transaction_hash, state, nonce, claims, response_mode,"
                        + " encryption_kid, encryption_key, status, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        request.id(),
                        transactionHash,
                        request.state(),
                        request.nonce(),
                        String.join(
                                ",", request.claims().stream().map(Enum::name).toList()),
                        request.responseMode(),
                        request.encryptionKid().orElse(null),
                        sealedKey,
                        request.status().code(),
                        utc(createdAt),
                        utc(request.expiresAt()))
                .update();
    }

    public Optional<PresentationRequest> byId(String id) {
        return jdbc.sql("SELECT * FROM presentation_request WHERE id = ?")
                .param(id)
                .query((rs, n) -> request(rs))
                .optional();
    }

    public Optional<PresentationRequest> byState(String state) {
        return jdbc.sql("SELECT * FROM presentation_request WHERE state = ?")
                .param(state)
                .query((rs, n) -> request(rs))
                .optional();
    }

    public Optional<PresentationRequest> byTransaction(String transactionHash) {
        return jdbc.sql("SELECT * FROM presentation_request WHERE transaction_hash = ?")
                .param(transactionHash)
                .query((rs, n) -> request(rs))
                .optional();
    }

    public Optional<PresentationRequest> byResponseCode(String responseCodeHash) {
        return jdbc.sql("SELECT * FROM presentation_request WHERE response_code_hash = ?")
                .param(responseCodeHash)
                .query((rs, n) -> request(rs))
                .optional();
    }

    public Optional<PresentationRequest> byEncryptionKid(String kid) {
        return jdbc.sql("SELECT * FROM presentation_request WHERE encryption_kid = ?")
                .param(kid)
                .query((rs, n) -> request(rs))
                .optional();
    }

    /** The sealed private response key of a direct_post.jwt request. */
    public Optional<String> encryptionKey(String id) {
        return jdbc.sql("SELECT encryption_key FROM presentation_request WHERE id = ? AND encryption_key IS NOT NULL")
                .param(id)
                .query(String.class)
                .optional();
    }

    public Optional<Answer> answer(String id) {
        return jdbc.sql("SELECT status, verdict, result FROM presentation_request WHERE id = ? AND status <> 'pending'")
                .param(id)
                .query((rs, n) ->
                        new Answer(status(rs.getString("status")), rs.getString("verdict"), rs.getString("result")))
                .optional();
    }

    /**
     * Closes a pending, unexpired request with its answer: true for exactly one caller, however many
     * responses race for it (single use; a later response is a replay).
     */
    public boolean close(
            String id,
            PresentationRequest.Status status,
            String responseCodeHash,
            String verdict,
            String sealedResult,
            Instant now,
            Instant keepUntil) {
        return jdbc.sql("UPDATE presentation_request SET status = ?, answered_at = ?, response_code_hash = ?,"
                                + " verdict = ?, result = ?, expires_at = ?"
                                + " WHERE id = ? AND status = 'pending' AND expires_at > ?")
                        .params(
                                status.code(),
                                utc(now),
                                responseCodeHash,
                                verdict,
                                sealedResult,
                                utc(keepUntil),
                                id,
                                utc(now))
                        .update()
                == 1;
    }

    /** Deletes requests past their end: unanswered ones and the results of answered ones. */
    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM presentation_request WHERE expires_at <= ?")
                .param(utc(now))
                .update();
    }

    private static PresentationRequest request(ResultSet rs) throws SQLException {
        String claims = rs.getString("claims");
        List<OptionalClaim> chosen = claims.isEmpty()
                ? List.of()
                : Arrays.stream(claims.split(",")).map(OptionalClaim::valueOf).toList();
        return new PresentationRequest(
                rs.getString("id"),
                rs.getString("state"),
                rs.getString("nonce"),
                chosen,
                rs.getString("response_mode"),
                Optional.ofNullable(rs.getString("encryption_kid")),
                status(rs.getString("status")),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static PresentationRequest.Status status(String code) {
        return PresentationRequest.Status.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
