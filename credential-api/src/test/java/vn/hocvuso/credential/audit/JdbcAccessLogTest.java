package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends that commit for real: one unbroken chain from many threads, nothing left by a rollback. */
@AccessLogSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcAccessLogTest {

    @Autowired
    AccessLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerifyAccessLog verify;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate inTransaction;

    @BeforeEach
    void emptyLog() {
        inTransaction = new TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> AccessLogFixtures.empty(jdbc));
    }

    @AfterEach
    void leaveTheLogEmpty() {
        inTransaction.executeWithoutResult(status -> AccessLogFixtures.empty(jdbc));
    }

    @Test
    void whenManyThreadsAppendAtOnceThenTheyFormOneUnbrokenChain() throws Exception {
        int threads = 8;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int r = 0; r < rounds; r++) {
                        int round = r;
                        int i = thread * 1000 + round;
                        // every third append is a bulk run of three entries
                        inTransaction.executeWithoutResult(status -> {
                            if (round % 3 == 0) {
                                log.appendAll(List.of(
                                        AccessLogFixtures.event(i),
                                        AccessLogFixtures.event(i + 1),
                                        AccessLogFixtures.event(i + 2)));
                            } else {
                                log.append(AccessLogFixtures.event(i));
                            }
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        long expected = threads * (rounds + 2L * 5); // 5 of the 15 rounds append three entries
        List<Long> seqs = jdbc.sql("select seq from access_log_entry order by seq")
                .query(Long.class)
                .list();
        assertThat(seqs)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, expected).boxed().toList());
        VerificationReport report = verify.verify();
        assertThat(report.firstBroken()).isEmpty();
        assertThat(report.entries()).isEqualTo(expected);
        assertThat(report.headSeq()).isEqualTo(expected);
        // a checkpoint each time the chain crossed a multiple of 10, all verified
        assertThat(report.checkpoints()).isEqualTo(AccessLogFixtures.count(jdbc, "access_log_checkpoint"));
        assertThat(report.checkpoints()).isGreaterThanOrEqualTo(expected / AccessLogSlice.CHECKPOINT_EVERY - 1);
    }

    @Test
    void whenTheCallersTransactionRollsBackThenNoEntryNorCheckpointIsLeftBehind() {
        inTransaction.executeWithoutResult(status -> log.appendAll(
                IntStream.rangeClosed(1, 3).mapToObj(AccessLogFixtures::event).toList()));

        inTransaction.executeWithoutResult(status -> {
            log.appendAll(IntStream.rangeClosed(4, 12)
                    .mapToObj(AccessLogFixtures::event)
                    .toList());
            status.setRollbackOnly();
        });

        assertThat(AccessLogFixtures.count(jdbc, "access_log_entry")).isEqualTo(3);
        assertThat(AccessLogFixtures.count(jdbc, "access_log_checkpoint")).isZero();
        assertThat(jdbc.sql("select last_seq from access_log_head")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(verify.verify().ok()).isTrue();
    }

    @Test
    void whenAnAppendRunsOutsideATransactionThenItIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> log.append(AccessLogFixtures.event(1)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> log.appendAll(List.of(AccessLogFixtures.event(1))))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(AccessLogFixtures.count(jdbc, "access_log_entry")).isZero();
        assertThat(jdbc.sql("select last_seq from access_log_head")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
