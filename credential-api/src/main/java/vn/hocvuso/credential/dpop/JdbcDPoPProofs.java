package vn.hocvuso.credential.dpop;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The {@code jti} of each accepted DPoP proof, by hash, so that no proof is accepted twice on any instance. */
@Repository
public class JdbcDPoPProofs {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcDPoPProofs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the jti: true for exactly one caller, however many present it at once. */
    public boolean firstUse(String jtiHash, Instant rememberUntil) {
        try {
            jdbc.sql("INSERT INTO dpop_proof (jti_hash, expires_at) VALUES (?, ?)")
                    .params(jtiHash, rememberUntil.atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Scheduled(fixedDelayString = "${credentials.issuance.cleanup-interval:5m}")
    void deleteExpired() {
        jdbc.sql("DELETE FROM dpop_proof WHERE expires_at <= ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
