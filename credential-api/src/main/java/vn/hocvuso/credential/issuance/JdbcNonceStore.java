package vn.hocvuso.credential.issuance;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code c_nonce} values handed out, by hash, with their expiry. */
@Repository
public class JdbcNonceStore {

    private final JdbcClient jdbc;

    public JdbcNonceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String nonceHash, Instant expiresAt) {
        jdbc.sql("INSERT INTO issuance_nonce (nonce_hash, expires_at) VALUES (?, ?)")
                .params(nonceHash, expiresAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * Deletes the nonce if it exists and has not expired: true for exactly one caller, however many
     * race for it (the delete takes the row lock). Inside the issuance transaction, a rollback
     * gives the nonce back.
     */
    public boolean consume(String nonceHash, Instant now) {
        return jdbc.sql("DELETE FROM issuance_nonce WHERE nonce_hash = ? AND expires_at > ?")
                        .params(nonceHash, now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM issuance_nonce WHERE expires_at <= ?")
                .param(now.atOffset(ZoneOffset.UTC))
                .update();
    }
}
