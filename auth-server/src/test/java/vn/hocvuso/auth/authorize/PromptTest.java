package vn.hocvuso.auth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

/**
 * {@code prompt} and {@code max_age} (OIDC Core §3.1.2.1): silent success with a session, a new
 * national-ID login when the client asks for one or the session is too old (with {@code auth_time}
 * of the new upstream login), errors by redirect where the request cannot proceed silently, and the
 * consent page on {@code prompt=consent}.
 */
class PromptTest extends FlowTest {

    /** How long ago the first upstream login happened in these cases. */
    private static final long HOUR = 3600;

    /** Logs {@code citizen} in for the portal with an upstream login an hour old; returns the ID token's claims. */
    private Map<String, Object> loggedInAnHourAgo(Citizen citizen) {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid");
        UpstreamRequest upstream = startLogin(authorization.url());
        long anHourAgo = Instant.now().minusSeconds(HOUR).getEpochSecond();
        UPSTREAM.stubToken(UPSTREAM.tokenResponse(
                UPSTREAM.idToken(upstream, citizen, claims -> claims.claim("auth_time", anHourAgo))));
        UPSTREAM.stubUserInfo(FakeUpstream.json(200, UPSTREAM.userInfo(citizen)));
        Browser.Response atClient = finishLogin(upstream, successfulResponse(upstream));
        String code = codeFrom(atClient, authorization);
        Map<String, Object> idToken = claims(portal.redeem(code, authorization).get("id_token"));
        assertThat(idToken.get("auth_time")).isEqualTo(anHourAgo);
        return idToken;
    }

    private Browser.Response authorize(TestClient client, TestClient.Authorization authorization) {
        return browser.follow(browser.get(authorization.url()), FlowTest::ours);
    }

    private static Map<String, String> with(String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    private void assertErrorAtClient(
            Browser.Response response, TestClient client, TestClient.Authorization authorization, String error) {
        assertThat(response.isRedirect())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        assertThat(response.location().toString()).startsWith(client.redirectUri() + "?");
        assertThat(response.locationParameters())
                .containsEntry("error", error)
                .containsEntry("state", authorization.state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
    }

    @Test
    void whenPromptIsNoneAndTheCitizenIsLoggedInThenTheCodeComesWithoutAnyPage() {
        loggedInAnHourAgo(Citizen.AN.another("silent"));
        int upstreamLogins = UPSTREAM.tokenRequests().size();
        TestClient portal = credentialPortal();
        TestClient.Authorization silent = portal.authorize("openid", with("prompt", "none"));

        Browser.Response atClient = authorize(portal, silent);

        String code = codeFrom(atClient, silent);
        assertThat(portal.redeem(code, silent).status()).isEqualTo(200);
        assertThat(UPSTREAM.tokenRequests()).hasSize(upstreamLogins);
    }

    @Test
    void whenPromptCombinesNoneWithLoginThenInvalidRequestAndNoCode() {
        loggedInAnHourAgo(Citizen.AN.another("none-login"));
        long codes = codesIssued();
        long all = authorizations();
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid", with("prompt", "none login"));

        Browser.Response response = browser.get(authorization.url());

        assertErrorAtClient(response, portal, authorization, "invalid_request");
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenPromptCombinesNoneWithConsentWithoutASessionThenInvalidRequest() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid", with("prompt", "consent none"));
        long all = authorizations();

        Browser.Response response = browser.get(authorization.url());

        assertErrorAtClient(response, portal, authorization, "invalid_request");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenPromptIsLoginThenTheCitizenLogsInAgainUpstreamAndTheNewAuthTimeIsLater() {
        Citizen citizen = Citizen.AN.another("prompt-login");
        Map<String, Object> first = loggedInAnHourAgo(citizen);
        TestClient portal = credentialPortal();
        TestClient.Authorization again = portal.authorize("openid", with("prompt", "login"));

        Browser.Response loginPage = authorize(portal, again);
        assertThat(loginPage.url().getPath()).isEqualTo("/login");
        UpstreamRequest upstream = toUpstream(browser.get(
                loginPage.url().resolve("/oauth2/authorization/national-id").toString()));
        assertThat(upstream.get("prompt")).isEqualTo("login");
        UPSTREAM.answer(upstream, citizen);
        Browser.Response atClient = finishLogin(upstream, successfulResponse(upstream));

        String code = codeFrom(atClient, again);
        Map<String, Object> second = claims(portal.redeem(code, again).get("id_token"));
        assertThat(second.get("sub")).isEqualTo(first.get("sub"));
        assertThat((Long) second.get("auth_time")).isGreaterThan((Long) first.get("auth_time"));
    }

    @Test
    void whenPromptIsSelectAccountThenItIsTreatedAsLogin() {
        loggedInAnHourAgo(Citizen.AN.another("select"));
        TestClient.Authorization again = credentialPortal().authorize("openid", with("prompt", "select_account"));
        long codes = codesIssued();

        Browser.Response loginPage = authorize(credentialPortal(), again);

        assertThat(loginPage.url().getPath()).isEqualTo("/login");
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenTheSessionIsOlderThanMaxAgeThenANewLoginIsRequired() {
        loggedInAnHourAgo(Citizen.AN.another("max-age"));
        TestClient.Authorization again = credentialPortal().authorize("openid", with("max_age", "60"));
        long codes = codesIssued();

        Browser.Response loginPage = authorize(credentialPortal(), again);

        assertThat(loginPage.url().getPath()).isEqualTo("/login");
        assertThat(codesIssued()).isEqualTo(codes);
        UpstreamRequest upstream = toUpstream(browser.get(
                loginPage.url().resolve("/oauth2/authorization/national-id").toString()));
        assertThat(upstream.get("max_age")).isEqualTo("60");
        assertThat(upstream.get("prompt")).isEqualTo("login");
    }

    @Test
    void whenMaxAgeIsZeroThenEvenAFreshSessionMustLogInAgain() {
        TestClient portal = credentialPortal();
        TestClient.Authorization first = portal.authorize("openid");
        codeFrom(login(first.url(), Citizen.AN.another("zero")), first);
        TestClient.Authorization again = portal.authorize("openid", with("max_age", "0"));

        Browser.Response loginPage = authorize(portal, again);

        assertThat(loginPage.url().getPath()).isEqualTo("/login");
    }

    @Test
    void whenMaxAgeIsZeroAndThereIsNoSessionThenOneLoginIsEnough() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid", with("max_age", "0"));
        int upstreamLogins = UPSTREAM.tokenRequests().size();

        Browser.Response atClient = login(authorization.url(), Citizen.AN.another("zero-no-session"));

        String code = codeFrom(atClient, authorization);
        assertThat(UPSTREAM.tokenRequests()).hasSize(upstreamLogins + 1);
        assertThat(claims(portal.redeem(code, authorization).get("id_token"))).containsKey("auth_time");
    }

    @Test
    void whenTheHintNamesAnotherCitizenAndTheLoginComesFirstThenOneLoginIsEnough() {
        TestClient portal = credentialPortal();
        TestClient.Authorization earlier = portal.authorize("openid");
        String earlierCode = codeFrom(login(earlier.url(), Citizen.BINH.another("first-hinted")), earlier);
        String hint = portal.redeem(earlierCode, earlier).get("id_token");
        browser.forgetCookies();
        TestClient.Authorization authorization = portal.authorize("openid", with("id_token_hint", hint));

        Browser.Response atClient = login(authorization.url(), Citizen.AN.another("first-other"));

        codeFrom(atClient, authorization);
    }

    @Test
    void whenTheSessionIsYoungerThanMaxAgeThenTheCodeComesSilentlyWithAuthTime() {
        Map<String, Object> first = loggedInAnHourAgo(Citizen.AN.another("max-age-ok"));
        TestClient portal = credentialPortal();
        TestClient.Authorization again = portal.authorize("openid", with("max_age", "10000"));

        String code = codeFrom(authorize(portal, again), again);

        Map<String, Object> idToken = claims(portal.redeem(code, again).get("id_token"));
        assertThat(idToken.get("auth_time")).isEqualTo(first.get("auth_time"));
    }

    @Test
    void whenTheSessionIsTooOldAndPromptIsNoneThenLoginRequiredAndNoCode() {
        loggedInAnHourAgo(Citizen.AN.another("max-age-none"));
        TestClient portal = credentialPortal();
        TestClient.Authorization again = portal.authorize("openid", with("max_age", "60", "prompt", "none"));
        long codes = codesIssued();
        long all = authorizations();

        Browser.Response response = browser.get(again.url());

        assertErrorAtClient(response, portal, again, "login_required");
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenMaxAgeIsNotANumberOfSecondsThenInvalidRequest() {
        loggedInAnHourAgo(Citizen.AN.another("max-age-bad"));
        TestClient portal = credentialPortal();
        TestClient.Authorization again = portal.authorize("openid", with("max_age", "-5"));
        long all = authorizations();

        Browser.Response response = browser.get(again.url());

        assertErrorAtClient(response, portal, again, "invalid_request");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenPromptIsConsentThenTheConsentPageIsShownEvenToAClientThatNeedsNone() {
        loggedInAnHourAgo(Citizen.AN.another("consent"));
        TestClient portal = credentialPortal();
        TestClient.Authorization again = portal.authorize("openid", with("prompt", "consent"));

        Browser.Response page = authorize(portal, again);

        assertThat(page.url().getPath()).as(page.text()).isEqualTo("/oauth2/consent");
        codeFrom(approve(page), again);
    }

    @Test
    void whenAConsentIsMissingAndPromptIsNoneThenConsentRequired() {
        Citizen citizen = Citizen.BINH.another("consent-none");
        loggedInAnHourAgo(citizen);
        TestClient client = consentClient();
        TestClient.Authorization silent = client.authorize("openid profile", with("prompt", "none"));
        long codes = codesIssued();

        Browser.Response response = browser.get(silent.url());

        assertErrorAtClient(response, client, silent, "consent_required");
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenTheClientSendsHintsThenTheyTravelUpstreamAndUiLocalesSetsThePageLanguage() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization =
                portal.authorize("openid", with("login_hint", Citizen.AN.nationalId(), "ui_locales", "fr-CA en-GB vi"));

        Browser.Response loginPage = authorize(portal, authorization);

        assertThat(loginPage.html().getDocumentElement().getAttribute("lang")).isEqualTo("en");
        UpstreamRequest upstream = toUpstream(browser.get(
                loginPage.url().resolve("/oauth2/authorization/national-id").toString()));
        assertThat(upstream.get("login_hint")).isEqualTo(Citizen.AN.nationalId());
        assertThat(upstream.get("ui_locales")).isEqualTo("fr-CA en-GB vi");
        assertThat(upstream.get("prompt")).isNull();
    }

    @Test
    void whenTheClientAsksForLevel2WithAcrValuesThenTheUpstreamIsAskedForLevel2AndTheIdTokenSaysSo() {
        TestClient wallet = demoWallet(50777);
        TestClient.Authorization authorization = wallet.authorize("openid", with("acr_values", Citizen.LEVEL_2));

        UpstreamRequest upstream = startLogin(authorization.url());

        assertThat(upstream.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
        UPSTREAM.answer(upstream, Citizen.AN);
        Browser.Response atWallet = finishLogin(upstream, successfulResponse(upstream));
        Map<String, Object> idToken = claims(
                wallet.redeem(codeFrom(atWallet, authorization), authorization).get("id_token"));
        assertThat(idToken).containsEntry("acr", Citizen.LEVEL_2);
    }
}
