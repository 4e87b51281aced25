package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/**
 * {@code prompt=login} and {@code max_age}: a citizen with a session logs in again when the
 * request demands it, once, and otherwise goes straight back to the client.
 */
class FreshLoginTest extends ProviderTestBase {

    @Test
    void whenALoggedInCitizenMeetsPromptLoginThenTheLoginPageComesBackAndOneLoginAnswersIt() {
        try (Browser browser = loggedIn()) {
            AuthorizationRequest again =
                    AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("prompt", "login");
            browser.open(again.uri());
            assertThat(browser.url().getPath())
                    .as("the login page, not the client")
                    .isEqualTo("/login");

            browser.logIn(CHAU, DEMO_PASSWORD);

            Map<String, String> answer = Http.query(browser.url());
            assertThat(browser.url().toString()).startsWith(again.redirectUri() + "?");
            assertThat(answer).containsEntry("state", again.state()).containsKey("code");
        }
    }

    @Test
    void whenTheSessionIsYoungerThanMaxAgeThenTheCitizenGoesStraightBack() {
        try (Browser browser = loggedIn()) {
            AuthorizationRequest request =
                    AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("max_age", "3600");

            Map<String, String> answer = authorize(browser, request);

            assertThat(answer).containsEntry("state", request.state()).containsKey("code");
        }
    }

    @Test
    void whenMaxAgeIsZeroThenTheCitizenLogsInAgainOnceAndTheNewLoginIsAccepted() {
        try (Browser browser = loggedIn()) {
            AuthorizationRequest request =
                    AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("max_age", "0");
            browser.open(request.uri());
            assertThat(browser.url().getPath()).isEqualTo("/login");

            browser.logIn(CHAU, DEMO_PASSWORD);

            assertThat(browser.url().toString()).as(browser.text()).startsWith(request.redirectUri() + "?");
            assertThat(Http.query(browser.url())).containsEntry("state", request.state());
        }
    }

    @Test
    void whenPromptLoginArrivesWithoutASessionThenOneLoginIsEnough() {
        try (Browser browser = new Browser()) {
            AuthorizationRequest request =
                    AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("prompt", "login");
            browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);

            assertThat(browser.url().toString()).as(browser.text()).startsWith(request.redirectUri() + "?");
        }
    }

    private static Browser loggedIn() {
        Browser browser = new Browser();
        AuthorizationRequest first = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
        browser.open(first.uri()).logIn(CHAU, DEMO_PASSWORD);
        assertThat(browser.url().toString()).startsWith(first.redirectUri() + "?");
        return browser;
    }
}
