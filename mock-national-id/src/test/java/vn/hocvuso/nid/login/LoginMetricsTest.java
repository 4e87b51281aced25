package vn.hocvuso.nid.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestCitizens;
import vn.hocvuso.nid.support.TestClient;

/** The login counters the operators scrape: one count per login, by outcome and reason, and no one's number. */
class LoginMetricsTest extends ProviderTestBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void whenACitizenLogsInThenTheSuccessCounterGoesUpByOne() {
        double before = count("success", "none");
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(AN, DEMO_PASSWORD);
        }

        assertThat(count("success", "none")).isEqualTo(before + 1);
    }

    @Test
    void whenAPasswordIsWrongOrTheNumberMalformedThenEachFailureCountsUnderItsReason() {
        double invalid = count("failure", "invalid_credentials");
        double malformed = count("failure", "malformed_number");
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login")).submitPassword(TestCitizens.nextNationalId(), "Wrong@2026");
            browser.open(endpoint("/login")).submitPassword("12345", "Wrong@2026");
        }

        assertThat(count("failure", "invalid_credentials")).isEqualTo(invalid + 1);
        assertThat(count("failure", "malformed_number")).isEqualTo(malformed + 1);
        assertThat(meters.find(LoginMetrics.LOGINS).meters())
                .allSatisfy(meter -> assertThat(meter.getId().getTags())
                        .allSatisfy(tag -> assertThat(tag.getValue()).doesNotContainPattern("\\d{9,}")));
    }

    private double count(String outcome, String reason) {
        Counter counter = meters.find(LoginMetrics.LOGINS)
                .tag("outcome", outcome)
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
