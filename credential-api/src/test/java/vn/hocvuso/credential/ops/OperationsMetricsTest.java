package vn.hocvuso.credential.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.IssueCredentials;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.problem.ErrorMetrics;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.Presentations;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.credential.verification.VerifyPresentation;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;

/**
 * The counters operators scrape at {@code /actuator/prometheus}: credentials issued, presentations
 * verified by verdict, errors by kind; and the scrape itself, which carries no one's data.
 */
class OperationsMetricsTest extends IntegrationTest {

    private static final String VERIFICATIONS = BASE_URL + "/api/v1/verifications";

    @Autowired
    MeterRegistry meters;

    @Autowired
    SdJwtVcFactory factory;

    @Autowired
    CredentialSubjects subjects;

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void whenAWalletTakesTwoCredentialsThenTheIssuedCounterGoesUpByTwo() throws Exception {
        double before = count(IssueCredentials.ISSUED, "configuration", DigitalCompetencyCredential.CONFIGURATION_ID);
        TestLearners.Learner learner = TestLearners.fresh("Dũng");
        learners.add(learner);
        completions.complete(learner.key(), TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-04-01T09:00:00Z"));
        OfferPage.Shown page = OfferPage.requestOffer(mvc, learner, TestCatalog.NATIONAL_ASSEMBLY);
        HolderWallet wallet = wallet();
        CredentialOffer offer = wallet.resolveOffer(page.qrContent());
        String accessToken = wallet.redeem(offer, page.txCode());

        wallet.requestCredentials(BASE_URL, accessToken, DigitalCompetencyCredential.CONFIGURATION_ID, 2);

        assertThat(count(IssueCredentials.ISSUED, "configuration", DigitalCompetencyCredential.CONFIGURATION_ID))
                .isEqualTo(before + 2);
    }

    @Test
    void whenPresentationsAreVerifiedThenEachCountsUnderItsVerdict() throws Exception {
        var credential = new TestCredentials(factory, subjects, lists, transactions)
                .issue()
                .credential();
        double valid = count(VerifyPresentation.VERIFIED, "verdict", "valid");
        double invalid = count(VerifyPresentation.VERIFIED, "verdict", "invalid");

        verify(Presentations.honest(credential, List.of("birthdate"), "n-1"), "n-1");
        verify("hello~world", "n");

        assertThat(count(VerifyPresentation.VERIFIED, "verdict", "valid")).isEqualTo(valid + 1);
        assertThat(count(VerifyPresentation.VERIFIED, "verdict", "invalid")).isEqualTo(invalid + 1);
    }

    @Test
    void whenARequestIsRefusedThenTheErrorCountsUnderItsProblemTypeAndStatus() throws Exception {
        double malformed = count(ErrorMetrics.ERRORS, "kind", "malformed-request");
        double unauthorized = meters.find(ErrorMetrics.ERRORS).tag("status", "401").counters().stream()
                .mapToDouble(Counter::count)
                .sum();

        // MockMvc: the counter is updated after the answer is written, in the request's own thread.
        mvc.perform(post("/api/v1/verifications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/agency/competency-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());

        assertThat(count(ErrorMetrics.ERRORS, "kind", "malformed-request")).isEqualTo(malformed + 1);
        assertThat(meters.find(ErrorMetrics.ERRORS).tag("status", "401").counters().stream()
                        .mapToDouble(Counter::count)
                        .sum())
                .isEqualTo(unauthorized + 1);
    }

    @Test
    void whenScrapedFromTheMachineItselfThenPrometheusShowsTheCountersWithoutPersonalData() throws Exception {
        verify("hello~world", "n");
        mvc.perform(post("/api/v1/verifications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isBadRequest());

        HttpResponse<String> scrape = RawHttp.get(BASE_URL + "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("credentials_presentations_verified_total{verdict=\"invalid\"")
                .contains("credentials_errors_total{");
        assertThat(scrape.body().lines().filter(line -> line.startsWith("credentials_")))
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(line.substring(0, line.indexOf('}') + 1)).doesNotContainPattern("\\d{9,}"));
    }

    private void verify(String presentation, String nonce) throws Exception {
        HttpResponse<String> response = RawHttp.post(
                VERIFICATIONS,
                "application/json",
                JSONObjectUtils.toJSONString(
                        Map.of("presentation", presentation, "nonce", nonce, "audience", Presentations.AUDIENCE)),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private double count(String name, String tag, String value) {
        Counter counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
