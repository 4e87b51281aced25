package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    PlatformTransactionManager transactions;

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

    /** Seeds through the production log: batches of 10,000 appended in one transaction each, sealed every 10,000. */
    private void seed(long total) {
        AccessLog log = new JdbcAccessLog(
                jdbc, template, checkpoints, new AccessLogProperties(java.time.Duration.ofMinutes(5), 10_000, 5000));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<AccessEvent> batch = new ArrayList<>(10_000);
        for (long seq = 1; seq <= total; seq++) {
            batch.add(AccessLogFixtures.event((int) (seq % 100_000) + 1));
            if (batch.size() == 10_000 || seq == total) {
                transaction.executeWithoutResult(status -> log.appendAll(batch));
                batch.clear();
            }
        }
    }
}
