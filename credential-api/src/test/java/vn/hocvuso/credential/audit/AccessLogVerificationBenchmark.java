package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verifies a log of {@code -Daccess-log.bench.entries} (default 1,000,000) entries, sealed every
 * 10,000, and prints the time it took. Not part of the normal test run (no {@code Test}
 * suffix):
 *
 * <pre>./mvnw -B -q -pl credential-api test -Dtest=AccessLogVerificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@AccessLogSlice
class AccessLogVerificationBenchmark {

    @Autowired
    JdbcTemplate template;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcCheckpoints checkpoints;

    @Autowired
    JdbcAccessLogReader reader;

    @Autowired
    CheckpointKeys keys;

    @Autowired
    vn.hocvuso.credential.config.CredentialApiProperties app;

    @Test
    void verifiesAMillionEntries() {
        long total = Long.getLong("access-log.bench.entries", 1_000_000);
        AccessLogFixtures.empty(jdbc);
        long seedStart = System.nanoTime();
        seed(total);
        long seeded = System.nanoTime() - seedStart;

        // the default page of 5,000 entries (the slice's tests use small pages to cross page ends)
        VerifyAccessLog verify = new VerifyAccessLog(
                reader, keys, app, new AccessLogProperties(java.time.Duration.ofMinutes(5), 0, 5000));
        long start = System.nanoTime();
        VerificationReport report = verify.verify();
        long took = System.nanoTime() - start;

        assertThat(report.firstBroken()).isEmpty();
        assertThat(report.entries()).isEqualTo(total);
        System.out.printf(
                "access-log verification: %,d entries, %,d checkpoints, seeded in %.1f s, verified in %.1f s"
                        + " (%,.0f entries/s)%n",
                report.entries(), report.checkpoints(), seeded / 1e9, took / 1e9, report.entries() / (took / 1e9));
    }

    private void seed(long total) {
        String previous = ChainHash.GENESIS;
        List<Object[]> rows = new ArrayList<>();
        for (long seq = 1; seq <= total; seq++) {
            AccessEvent event = AccessLogFixtures.event((int) (seq % 100_000) + 1);
            String hash = ChainHash.of(previous, seq, event);
            rows.add(new Object[] {
                seq,
                event.agencyId(),
                event.purpose(),
                event.channel().value(),
                event.subject().map(key -> key.value()).orElse(null),
                event.answer(),
                event.outcome().value(),
                ChainHash.truncate(event.at()).atOffset(ZoneOffset.UTC),
                previous,
                hash
            });
            previous = hash;
            if (rows.size() == 10_000 || seq == total) {
                template.batchUpdate(
                        "insert into access_log_entry (seq, agency_id, purpose, channel, subject_key, answer,"
                                + " outcome, logged_at, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows);
                rows.clear();
                jdbc.sql("update access_log_head set last_seq = ?, last_hash = ? where id = 1")
                        .param(seq)
                        .param(previous)
                        .update();
                checkpoints.seal(new ChainHead(seq, previous));
            }
        }
    }
}
