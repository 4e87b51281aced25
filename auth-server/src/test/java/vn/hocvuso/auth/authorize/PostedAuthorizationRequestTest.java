package vn.hocvuso.auth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.htmlunit.html.HtmlAnchor;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

/**
 * Authorization requests sent by POST, form-encoded (OIDC Core §3.1.2.1): one that needs a login
 * resumes after it with all its parameters (kept as the equivalent GET, {@link
 * AuthorizationRequestCache}); {@code prompt=none}, {@code max_age}, request objects and an
 * unregistered redirect URI are answered as for GET.
 */
class PostedAuthorizationRequestTest extends FlowTest {

    private final TestClient portal = credentialPortal();

    private static Map<String, String> form(TestClient.Authorization authorization) {
        return Browser.Response.query(URI.create(authorization.url()));
    }

    private Browser.Response post(Map<String, String> form) {
        return browser.post(SERVER + "/oauth2/authorize", form);
    }

    /** POSTs the request, logs {@code citizen} in upstream and follows our redirects to the client. */
    private Browser.Response loginAfterPost(Map<String, String> form, Citizen citizen) {
        Browser.Response login = browser.follow(post(form), FlowTest::ours);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.url().getPath()).isEqualTo("/login");
        HtmlAnchor vneid = login.html().getHtmlElementById("login-vneid");
        UpstreamRequest request = toUpstream(
                browser.get(login.url().resolve(vneid.getHrefAttribute()).toString()));
        UPSTREAM.answer(request, citizen);
        return finishLogin(request, successfulResponse(request));
    }

    @Test
    void whenAPostedRequestNeedsALoginThenItResumesAfterTheLoginWithAllItsParameters() {
        TestClient.Authorization authorization = portal.authorize("openid");

        Browser.Response atClient = loginAfterPost(form(authorization), Citizen.AN.another("posted"));

        String code = codeFrom(atClient, authorization);
        assertThat(atClient.location().toString()).startsWith(portal.redirectUri() + "?");
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(claims(tokens.get("id_token"))).containsEntry("nonce", authorization.nonce());
    }

    @Test
    void whenAPostedRequestAsksForMaxAgeThenTheLoginItStartsCountsAndTheIdTokenHasAuthTime() {
        TestClient.Authorization authorization = portal.authorize("openid", Map.of("max_age", "0"));

        Browser.Response atClient = loginAfterPost(form(authorization), Citizen.AN.another("posted-max-age"));

        String code = codeFrom(atClient, authorization);
        Map<String, Object> idToken = claims(portal.redeem(code, authorization).get("id_token"));
        assertThat(idToken).containsKey("auth_time").containsEntry("nonce", authorization.nonce());
    }

    @Test
    void whenAPostedRequestSaysPromptLoginToALoggedInCitizenThenTheyLogInAgainAndTheRequestResumes() {
        Citizen citizen = Citizen.AN.another("posted-prompt-login");
        loginDirectly(citizen);
        long upstreamLogins = UPSTREAM.tokenRequests().size();
        TestClient.Authorization authorization = portal.authorize("openid", Map.of("prompt", "login"));

        Browser.Response atClient = loginAfterPost(form(authorization), citizen);

        String code = codeFrom(atClient, authorization);
        assertThat(UPSTREAM.tokenRequests()).hasSize((int) upstreamLogins + 1);
        assertThat(portal.redeem(code, authorization).status()).isEqualTo(200);
    }

    @Test
    void whenAPostedRequestCarriesARequestObjectThenItsParametersSurviveTheLogin() {
        TestClient.Authorization authorization = portal.authorize("openid");
        JWTClaimsSet.Builder object = new JWTClaimsSet.Builder();
        form(authorization).forEach(object::claim);
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", portal.clientId());
        outer.put("scope", "openid");
        outer.put("state", "outer-state");
        outer.put("request", new PlainJWT(object.build()).serialize());

        Browser.Response atClient = loginAfterPost(outer, Citizen.AN.another("posted-ro"));

        String code = codeFrom(atClient, authorization);
        assertThat(claims(portal.redeem(code, authorization).get("id_token")))
                .containsEntry("nonce", authorization.nonce());
    }

    @Test
    void whenAPostedRequestSaysPromptNoneWithoutASessionThenLoginRequiredAtTheClient() {
        TestClient.Authorization authorization = portal.authorize("openid", Map.of("prompt", "none"));
        long all = authorizations();

        Browser.Response response = browser.follow(post(form(authorization)), FlowTest::ours);

        assertThat(response.isRedirect())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        assertThat(response.location().toString()).startsWith(portal.redirectUri() + "?");
        assertThat(response.locationParameters())
                .containsEntry("error", "login_required")
                .containsEntry("state", authorization.state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenAPostedRequestHasAnUnregisteredRedirectUriThenTheErrorPageAndNothingStored() {
        TestClient impostor = new TestClient(SERVER, "credential-portal", "https://evil.example/callback", null);
        long all = authorizations();

        Browser.Response response = post(form(impostor.authorize("openid")));

        assertThat(response.isRedirect())
                .as("redirected to %s", response.location())
                .isFalse();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Yêu cầu không hợp lệ");
        assertThat(authorizations()).isEqualTo(all);
    }
}
