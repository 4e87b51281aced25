package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) and logout from the account page. */
class LogoutTest extends FlowTest {

    @Test
    void whenTheClientSendsTheCitizenToLogoutThenTheSessionEndsAndTheBrowserReturnsToTheClient() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid");
        String idToken = portal.redeem(codeFrom(login(authorization.url(), Citizen.BINH), authorization), authorization)
                .get("id_token");
        assertThat(browser.get(SERVER + "/account").status()).isEqualTo(200);

        Browser.Response logout = browser.get(SERVER + "/connect/logout?"
                + TestClient.form(java.util.Map.of(
                        "id_token_hint", idToken,
                        "post_logout_redirect_uri", "http://localhost:8080/",
                        "state", "bye")));

        assertThat(logout.isRedirect()).as(logout.text()).isTrue();
        assertThat(logout.location().toString()).isEqualTo("http://localhost:8080/?state=bye");
        Browser.Response account = browser.get(SERVER + "/account");
        assertThat(account.isRedirect()).isTrue();
        assertThat(account.location().getPath()).isEqualTo("/login");
    }

    @Test
    void whenTheLogoutNamesAnUnregisteredReturnAddressThenTheBrowserIsNotSentThere() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid");
        String idToken = portal.redeem(codeFrom(login(authorization.url(), Citizen.BINH), authorization), authorization)
                .get("id_token");

        Browser.Response logout = browser.get(SERVER + "/connect/logout?"
                + TestClient.form(java.util.Map.of(
                        "id_token_hint", idToken, "post_logout_redirect_uri", "https://evil.example/")));

        assertThat(logout.location() == null
                        || !"evil.example".equals(logout.location().getHost()))
                .isTrue();
        assertThat(logout.status()).isEqualTo(400);
    }

    @Test
    void whenTheCitizenLogsOutOnTheAccountPageThenTheSessionEnds() {
        loginDirectly(Citizen.CHAU);
        Browser.Response account = browser.get(SERVER + "/account");

        Browser.Response out = browser.follow(
                browser.submit(account.html().getFirstByXPath("//form[contains(@action,'/logout')]")), FlowTest::ours);

        assertThat(out.url().getPath()).isEqualTo("/logged-out");
        assertThat(browser.get(SERVER + "/account").location().getPath()).isEqualTo("/login");
    }
}
