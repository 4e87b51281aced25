package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

/**
 * Every way the upstream can misbehave, from every way a login starts: each ends on a readable
 * error page, creates no account and issues no authorization code to our client.
 */
class UpstreamFaultCorpusTest extends FlowTest {

    private static final int MINIMUM_CASES = 200;
    private static final AtomicInteger RUN = new AtomicInteger();

    static Stream<Arguments> cases() {
        return UpstreamFaults.all().stream()
                .flatMap(fault -> fault.starts().stream().map(start -> Arguments.of(fault, start)));
    }

    @Test
    void theCorpusHasAtLeastTwoHundredCases() {
        long count = cases().count();
        System.out.println("upstream fault corpus: " + count + " cases ("
                + UpstreamFaults.all().size() + " faults across " + UpstreamFaults.Start.values().length
                + " ways to start a login)");
        assertThat(count).isGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    @ParameterizedTest(name = "[{index}] {0}, {1}")
    @MethodSource("cases")
    void whenTheUpstreamMisbehavesThenTheLoginEndsOnAnErrorPageWithNoAccountAndNoCode(
            UpstreamFaults.Case fault, UpstreamFaults.Start start) {
        long accountsBefore = accounts();
        long codesBefore = codesIssued();

        Browser.Response end = fault.scenario().apply(new Driver(start));

        assertThat(end.isRedirect())
                .as("%s ended with a redirect to %s", fault, end.location())
                .isFalse();
        assertThat(end.status()).as("%s: HTTP status", fault).isBetween(400, 599);
        assertThat(end.url().getPath()).as(fault.name()).isEqualTo("/login/failed");
        assertThat(end.html().getElementById("failed-title")).as(fault.name()).isNotNull();
        assertThat(end.text()).contains("Không thể đăng nhập", "Không có tài khoản nào được tạo");
        assertThat(end.body()).doesNotContain("<script>alert", "001089000001");
        assertThat(accounts()).as("%s: accounts", fault).isEqualTo(accountsBefore);
        assertThat(codesIssued()).as("%s: authorization codes", fault).isEqualTo(codesBefore);
        RUN.incrementAndGet();
    }

    @AfterAll
    static void printTheCount() {
        System.out.println("upstream fault corpus: " + RUN.get() + " cases passed in this run");
    }

    /** Starts logins the way {@code start} says, with a citizen nobody has used. */
    private final class Driver implements UpstreamFaults.Driver {

        private final UpstreamFaults.Start start;
        private final Citizen citizen;

        Driver(UpstreamFaults.Start start) {
            this.start = start;
            String id = java.util.UUID.randomUUID().toString();
            this.citizen = new Citizen(
                    "corpus-" + id,
                    Citizen.randomNationalId(),
                    "Phạm",
                    "Thị Thử",
                    "1990-01-01",
                    "female",
                    "Hà Nội",
                    "001",
                    2);
        }

        @Override
        public FakeUpstream upstream() {
            return UPSTREAM;
        }

        @Override
        public Citizen citizen() {
            return citizen;
        }

        @Override
        public Browser.Response begin() {
            return switch (start) {
                case LOGIN_PAGE ->
                    browser.follow(browser.get(SERVER + "/oauth2/authorization/national-id"), FlowTest::ours);
                case ORDINARY_CLIENT -> throughLoginPage(credentialPortal().authorize("openid profile national_id"));
                case LEVEL_2_CLIENT -> throughLoginPage(level2Client().authorize("openid profile"));
            };
        }

        private Browser.Response throughLoginPage(TestClient.Authorization authorization) {
            Browser.Response login = browser.follow(browser.get(authorization.url()), FlowTest::ours);
            assertThat(login.status()).as(login.text()).isEqualTo(200);
            String link = login.html().getHtmlElementById("login-vneid").getAttribute("href");
            return browser.follow(browser.get(login.url().resolve(link).toString()), FlowTest::ours);
        }

        @Override
        public UpstreamRequest start() {
            UpstreamRequest request = toUpstream(begin());
            if (start == UpstreamFaults.Start.LEVEL_2_CLIENT) {
                assertThat(request.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
            }
            return request;
        }

        @Override
        public Browser.Response callback(UpstreamRequest request, Map<String, String> response) {
            return finishLogin(request, response);
        }

        @Override
        public Browser.Response callbackUrl(String url) {
            return browser.follow(browser.get(url), FlowTest::ours);
        }
    }

    static List<String> names() {
        return UpstreamFaults.all().stream().map(UpstreamFaults.Case::name).toList();
    }
}
