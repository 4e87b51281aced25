package vn.hocvuso.auth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/**
 * A redirect URI that is not registered, or missing where it is needed, or an unknown client: the
 * citizen sees our error page (status 400, in the language {@code ui_locales} asks for) and nothing
 * is sent anywhere, whatever else the request asks ({@code prompt=none}, a request object), and
 * nothing is stored. Near misses of a registered URI (port, path, scheme) are
 * {@code AuthorizationEndpointTest}'s.
 */
class RedirectUriErrorPageTest extends FlowTest {

    private Browser.Response get(TestClient client, Map<String, String> extra) {
        return browser.get(client.authorize("openid", extra).url());
    }

    private void assertErrorPage(Browser.Response response, String text) {
        assertThat(response.isRedirect())
                .as("redirected to %s", response.location())
                .isFalse();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains(text);
    }

    private static Map<String, String> without(String name) {
        Map<String, String> extra = new HashMap<>();
        extra.put(name, null);
        return extra;
    }

    @Test
    void whenTheRedirectUriIsMissingFromAnOpenIdRequestThenTheErrorPageIsShown() {
        long all = authorizations();

        Browser.Response response = get(credentialPortal(), without("redirect_uri"));

        assertErrorPage(response, "Yêu cầu không hợp lệ");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheRedirectUriIsMissingAndSeveralAreRegisteredThenEvenAPlainOAuthRequestGetsTheErrorPage() {
        TestClient client = new TestClient(SERVER, "two-redirects-rp", null, null);
        long all = authorizations();

        Browser.Response response = browser.get(client.authorize("profile").url());

        assertErrorPage(response, "Yêu cầu không hợp lệ");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenEitherRegisteredRedirectUriIsUsedThenTheRequestIsAccepted() {
        Browser.Response response =
                browser.get(new TestClient(SERVER, "two-redirects-rp", "http://127.0.0.1/second", null)
                        .authorize("openid")
                        .url());

        assertThat(response.isRedirect()).isTrue();
        assertThat(response.location().getPath()).isEqualTo("/login");
    }

    @Test
    void whenTheRedirectUriIsNotRegisteredThenThePageSpeaksTheLanguageUiLocalesAsks() {
        TestClient impostor = new TestClient(SERVER, "credential-portal", "https://evil.example/callback", null);
        long all = authorizations();

        Browser.Response response = get(impostor, Map.of("ui_locales", "en"));

        assertErrorPage(response, "The request is not valid");
        assertThat(response.html().getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheClientIsUnknownThenTheEnglishErrorPageIsShown() {
        TestClient stranger = new TestClient(SERVER, "stranger", "https://evil.example/callback", null);

        Browser.Response response = get(stranger, Map.of("ui_locales", "en-US"));

        assertErrorPage(response, "The request is not valid");
    }

    @Test
    void whenTheRedirectUriIsNotRegisteredThenPromptNoneDoesNotTurnItIntoARedirect() {
        TestClient impostor = new TestClient(SERVER, "credential-portal", "https://evil.example/callback", null);

        Browser.Response response = get(impostor, Map.of("prompt", "none"));

        assertErrorPage(response, "Yêu cầu không hợp lệ");
    }

    @Test
    void whenABadIdTokenHintComesWithAnUnregisteredRedirectUriThenTheErrorPageIsShown() {
        TestClient impostor = new TestClient(SERVER, "credential-portal", "https://evil.example/callback", null);

        Browser.Response response = get(impostor, Map.of("id_token_hint", "forged"));

        assertErrorPage(response, "Yêu cầu không hợp lệ");
    }

    @Test
    void whenTheRequestObjectCarriesAnUnregisteredRedirectUriThenTheErrorPageIsShown() {
        TestClient portal = credentialPortal();
        Map<String, Object> inside = new LinkedHashMap<>(Browser.Response.query(
                java.net.URI.create(portal.authorize("openid").url())));
        inside.put("redirect_uri", "https://evil.example/callback");
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        inside.forEach(claims::claim);
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", portal.clientId());
        outer.put("scope", "openid");
        outer.put("redirect_uri", portal.redirectUri());
        outer.put("request", new PlainJWT(claims.build()).serialize());
        long all = authorizations();

        Browser.Response response = browser.get(SERVER + "/oauth2/authorize?" + TestClient.form(outer));

        assertErrorPage(response, "Yêu cầu không hợp lệ");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenABadRequestObjectComesWithAnUnregisteredRedirectUriThenTheErrorPageIsShown() {
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", "credential-portal");
        outer.put("scope", "openid");
        outer.put("redirect_uri", "https://evil.example/callback");
        outer.put("request", "not-a-jwt");

        Browser.Response response = browser.get(SERVER + "/oauth2/authorize?" + TestClient.form(outer));

        assertErrorPage(response, "Yêu cầu không hợp lệ");
    }

    @Test
    void whenTheRequestHasNoNonceThenTheCodeFlowStillSucceeds() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid", without("nonce"));

        Browser.Response atClient = login(authorization.url(), vn.hocvuso.auth.support.Citizen.AN.another("no-nonce"));

        String code = codeFrom(atClient, authorization);
        Map<String, Object> idToken = claims(portal.redeem(code, authorization).get("id_token"));
        assertThat(idToken).doesNotContainKey("nonce");
    }
}
