package vn.hocvuso.credential.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.credential.problem.ErrorMetrics;
import vn.hocvuso.credential.support.TestCatalog;

/** The counters operators scrape for agency looks: by channel and outcome, and the refusal as an error kind. */
class AgencyQueryMetricsTest extends AgencyApiTestBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void whenAnAgencyQueryIsAnsweredOrRefusedThenEachCountsUnderItsChannelAndOutcome() throws Exception {
        String idNumber = freshIdNumber();
        complete(idNumber, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
        double answered = queries("single", "answered");
        double refused = queries("single", "refused");
        double refusals = errors("purpose-not-allowed");

        query(NAO, queryBody(idNumber, "annual-evaluation")).andExpect(status().isOk());
        query(NAO, queryBody(idNumber, "credit-scoring")).andExpect(status().isForbidden());

        assertThat(queries("single", "answered")).isEqualTo(answered + 1);
        assertThat(queries("single", "refused")).isEqualTo(refused + 1);
        assertThat(errors("purpose-not-allowed")).isEqualTo(refusals + 1);
    }

    private double queries(String channel, String outcome) {
        Counter counter = meters.find(AgencyQueryMetrics.QUERIES)
                .tag("channel", channel)
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double errors(String kind) {
        Counter counter = meters.find(ErrorMetrics.ERRORS).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }
}
