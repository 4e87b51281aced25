package vn.hocvuso.auth.client.assertion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code jti} of every client assertion seen, per client, until the assertion expires (RFC 7523
 * §3 item 7). In the database rather than in memory, so that an assertion replayed to another
 * instance is refused too; the primary key makes the check-and-record atomic.
 */
public final class JdbcAssertionJtiStore {

    private final JdbcClient jdbc;

    public JdbcAssertionJtiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the jti; {@code false} if this client already used it. */
    public boolean recordFirstUse(String clientId, String jti, Instant expiresAt) {
        try {
            jdbc.sql("""
                            INSERT INTO client_assertion_jti (client_id, jti_hash, expires_at)
                            VALUES (:client, :jti, :expires)
                            """)
                    .param("client", clientId)
                    .param("jti", sha256(jti))
                    .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException replayed) {
            return false;
        }
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM client_assertion_jti")
                .query(Long.class)
                .single();
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM client_assertion_jti WHERE expires_at < :now")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
