package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hocvuso.credential.audit.Tamperings.Tampering;

/**
 * Each tampering of the corpus, applied with plain JDBC to a log of 40 entries sealed at 10, 20, 30
 * and 40, is detected, and the verification names the seq of the first broken link. Each runs in
 * its own transaction, rolled back afterwards.
 */
@AccessLogSlice
class AccessLogTamperingTest {

    @Autowired
    AccessLog log;

    @Autowired
    VerifyAccessLog verify;

    @Autowired
    JdbcAccessLogReader reader;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aSealedLogOfFortyEntries() {
        AccessLogFixtures.empty(jdbc);
        for (int i = 1; i <= Tamperings.ENTRIES; i++) {
            log.append(AccessLogFixtures.event(i));
        }
    }

    static Stream<Tampering> tamperings() {
        return Tamperings.all().stream();
    }

    @Test
    void whenNothingIsTamperedWithThenTheWholeLogVerifies() {
        VerificationReport report = verify.verify();

        assertThat(report.firstBroken()).isEmpty();
        assertThat(report.entries()).isEqualTo(40);
        assertThat(report.checkpoints()).isEqualTo(4);
        assertThat(report.headSeq()).isEqualTo(40);
        assertThat(report.lastCheckpointSeq()).isEqualTo(40);
    }

    @Test
    void theCorpusHoldsAtLeastAHundredDifferentTamperings() {
        List<Tampering> all = Tamperings.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(new HashSet<>(all.stream().map(Tampering::name).toList())).hasSameSizeAs(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void whenTheLogIsTamperedWithThenTheFirstBrokenLinkIsReported(Tampering tampering) {
        tampering.apply().accept(new Tamper(jdbc, reader));

        BrokenLink broken = verify.verify()
                .firstBroken()
                .orElseThrow(() -> new AssertionError("not detected: " + tampering.name()));

        assertThat(broken.seq()).as(broken.detail()).isEqualTo(tampering.firstBrokenSeq());
        assertThat(broken.problem()).as(broken.detail()).isEqualTo(tampering.problem());
    }
}
