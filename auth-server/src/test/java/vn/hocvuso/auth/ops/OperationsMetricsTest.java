package vn.hocvuso.auth.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import vn.hocvuso.auth.federation.LoginMetrics;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;
import vn.hocvuso.auth.token.TokenEndpointMetrics;

/** The counters operators scrape: logins, tokens by grant type, errors by OAuth error code; no one's data. */
class OperationsMetricsTest extends FlowTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void whenACitizenLogsInThenTheLoginSuccessCounterGoesUpByOne() {
        double before = count(LoginMetrics.LOGINS, "outcome", "success");

        loginDirectly(Citizen.AN.another("metrics"));

        assertThat(count(LoginMetrics.LOGINS, "outcome", "success")).isEqualTo(before + 1);
    }

    @Test
    void whenTheCitizenCancelsUpstreamThenTheFailureCountsUnderItsReason() {
        double before = count(LoginMetrics.LOGINS, "reason", "cancelled");
        UpstreamRequest request = startDirectLogin();
        Map<String, String> cancelled = new LinkedHashMap<>();
        cancelled.put("error", "access_denied");
        cancelled.put("state", request.state());
        cancelled.put("iss", UPSTREAM.issuer());

        finishLogin(request, cancelled);

        assertThat(count(LoginMetrics.LOGINS, "reason", "cancelled")).isEqualTo(before + 1);
    }

    @Test
    void whenAnAgencyGetsATokenThenTheClientCredentialsCounterGoesUpAndAReplayCountsAsInvalidClient() {
        double issued = count(TokenEndpointMetrics.TOKENS_ISSUED, "grant_type", "client_credentials");
        double invalidClient = count(TokenEndpointMetrics.ERRORS, "error", "invalid_client");
        String assertion = agencyAssertion();

        assertThat(tokenWith(assertion).status()).isEqualTo(200);
        TestClient.TokenResponse replay = tokenWith(assertion);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.error()).isEqualTo("invalid_client");
        assertThat(count(TokenEndpointMetrics.TOKENS_ISSUED, "grant_type", "client_credentials"))
                .isEqualTo(issued + 1);
        assertThat(count(TokenEndpointMetrics.ERRORS, "error", "invalid_client"))
                .isEqualTo(invalidClient + 1);
    }

    @Test
    void whenAGrantIsRefusedThenTheTokenEndpointErrorCountsByItsCode() {
        double before = count(TokenEndpointMetrics.ERRORS, "error", "unsupported_grant_type");
        Map<String, String> form = agencyForm(agencyAssertion());
        form.put("grant_type", "password");

        TestClient.TokenResponse refused = agency().post("/oauth2/token", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(count(TokenEndpointMetrics.ERRORS, "error", "unsupported_grant_type"))
                .isEqualTo(before + 1);
    }

    @Test
    void whenScrapedFromTheMachineItselfThenPrometheusShowsTheCountersWithoutPersonalData() {
        loginDirectly(Citizen.AN.another("scrape"));
        tokenWith(agencyAssertion());

        String scrape = RestClient.create(SERVER)
                .get()
                .uri("/actuator/prometheus")
                .retrieve()
                .body(String.class);

        assertThat(scrape)
                .contains("auth_logins_total{")
                .contains("auth_tokens_issued_total{grant_type=\"client_credentials\"")
                .doesNotContain(Citizen.AN.nationalId())
                .doesNotContain(Citizen.AN.givenName())
                .doesNotContain("agency-nao");
    }

    private double count(String name, String tag, String value) {
        return meters.find(name).tag(tag, value).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private static String agencyAssertion() {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("agency-nao")
                .subject("agency-nao")
                .audience(SERVER + "/oauth2/token")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .build();
        return FakeUpstream.sign(claims, demoClientKey("agency-nao"));
    }

    private static Map<String, String> agencyForm(String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", "agency-nao");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        return form;
    }

    private static TestClient.TokenResponse tokenWith(String assertion) {
        return agency().post("/oauth2/token", agencyForm(assertion));
    }
}
