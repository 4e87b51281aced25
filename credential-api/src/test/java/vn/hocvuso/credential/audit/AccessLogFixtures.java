package vn.hocvuso.credential.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hocvuso.credential.learner.LearnerKey;

/** Deterministic access-log entries for tests, and a way back to the empty log. */
final class AccessLogFixtures {

    static final Instant START = Instant.parse("2026-03-02T01:30:00.123456Z");
    static final String[] PURPOSES = {"annual-evaluation", "appointment", "recruitment"};

    private AccessLogFixtures() {}

    /** The i-th entry (i from 1): agencies, purposes, channels and outcomes vary; every 4th has no subject. */
    static AccessEvent event(int i) {
        return new AccessEvent(
                i % 5 == 0 ? "agency-moha" : "agency-nao",
                PURPOSES[i % PURPOSES.length],
                AccessChannel.values()[i % AccessChannel.values().length],
                i % 4 == 0 ? Optional.empty() : Optional.of(subject("learner-" + (i % 7))),
                i % 6 == 0 ? "refused:purpose-not-allowed" : "certified:basic",
                i % 6 == 0 ? AccessOutcome.REFUSED : AccessOutcome.ANSWERED,
                START.plusSeconds(i * 37L).plusNanos(i * 1_000L));
    }

    /** A stand-in learner key: the base64url SHA-256 of a label (43 characters, as a real one). */
    static LearnerKey subject(String label) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
            return new LearnerKey(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void empty(JdbcClient jdbc) {
        jdbc.sql("delete from access_log_checkpoint").update();
        jdbc.sql("delete from access_log_entry").update();
        jdbc.sql("update access_log_head set last_seq = 0, last_hash = ? where id = 1")
                .param(ChainHash.GENESIS)
                .update();
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
