package vn.hocvuso.auth.token;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Authorization codes and refresh tokens that have been spent, by hash. The primary key makes
 * spending atomic across threads and instances: of two transactions inserting the same hash, the
 * database lets exactly one commit. Rows go once the token would have expired anyway.
 */
public final class JdbcConsumedTokenStore {

    public enum Kind {
        AUTHORIZATION_CODE,
        REFRESH_TOKEN
    }

    private final JdbcClient jdbc;

    public JdbcConsumedTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the token as spent, in the caller's transaction.
     *
     * @throws org.springframework.dao.DuplicateKeyException if it was spent already
     */
    public void spend(String tokenValue, Kind kind, String authorizationId, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO consumed_token (token_hash, kind, authorization_id, expires_at)
                        VALUES (:hash, :kind, :authorization, :expires)
                        """)
                .param("hash", TokenHash.of(tokenValue))
                .param("kind", kind.name())
                .param("authorization", authorizationId)
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update();
    }

    /** The authorization a spent token belonged to, if it was spent. */
    public Optional<String> spentBy(String tokenValue, Kind kind) {
        return jdbc.sql("SELECT authorization_id FROM consumed_token WHERE token_hash = :hash AND kind = :kind")
                .param("hash", TokenHash.of(tokenValue))
                .param("kind", kind.name())
                .query(String.class)
                .optional();
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM consumed_token WHERE expires_at < :now")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
