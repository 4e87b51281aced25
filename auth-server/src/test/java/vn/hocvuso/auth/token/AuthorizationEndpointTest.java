package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/**
 * The authorization endpoint: {@code iss} in every response to a redirect URI (RFC 9207), PKCE S256
 * for every client, exact redirect URI matching with the loopback exception for public native
 * clients only (RFC 8252 §7.3), and no redirect at all to an unverified redirect URI.
 */
class AuthorizationEndpointTest extends FlowTest {

    private Browser.Response authorize(TestClient client, String scope, Map<String, String> extra) {
        return browser.get(client.authorize(scope, extra).url());
    }

    @Test
    void whenTheScopeIsNotAllowedThenTheErrorGoesToTheClientWithIssAndState() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid competency.query");

        Browser.Response response = browser.get(authorization.url());

        assertThat(response.isRedirect()).isTrue();
        assertThat(response.location().toString()).startsWith(portal.redirectUri() + "?");
        assertThat(response.locationParameters())
                .containsEntry("error", "invalid_scope")
                .containsEntry("state", authorization.state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
    }

    @Test
    void whenPkceIsMissingThenEvenAConfidentialClientGetsAnErrorWithIss() {
        Map<String, String> noPkce = new java.util.HashMap<>();
        noPkce.put("code_challenge", null);
        noPkce.put("code_challenge_method", null);

        Browser.Response response = authorize(credentialPortal(), "openid", noPkce);

        assertThat(response.locationParameters())
                .containsEntry("error", "invalid_request")
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
    }

    @Test
    void whenPkceUsesThePlainMethodThenTheRequestIsRefused() {
        Browser.Response response = authorize(demoWallet(50001), "openid", Map.of("code_challenge_method", "plain"));

        assertThat(response.locationParameters())
                .containsEntry("error", "invalid_request")
                .containsEntry("iss", SERVER);
    }

    @Test
    void whenTheResponseTypeIsTokenThenTheImplicitFlowIsRefused() {
        Browser.Response response = authorize(demoWallet(50002), "openid", Map.of("response_type", "token"));

        // Refused on a page of ours, or sent back as an error: never a token, never a code.
        if (response.isRedirect()) {
            assertThat(response.locationParameters()).containsKey("error");
            assertThat(response.location().toString()).doesNotContain("access_token", "code=");
        } else {
            assertThat(response.status()).isEqualTo(400);
        }
    }

    @Test
    void whenPromptIsNoneWithoutASessionThenLoginRequiredComesBackWithIss() {
        Browser.Response response = authorize(credentialPortal(), "openid", Map.of("prompt", "none"));

        assertThat(response.locationParameters())
                .containsEntry("error", "login_required")
                .containsEntry("iss", SERVER);
    }

    @Test
    void whenTheClientIsUnknownThenNothingIsRedirectedAndAReadablePageIsShown() {
        TestClient stranger = new TestClient(SERVER, "stranger", "https://evil.example/callback", null);

        Browser.Response response = browser.get(stranger.authorize("openid").url());

        assertThat(response.isRedirect()).isFalse();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Yêu cầu không hợp lệ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080/login/oauth2/code/auth-server/",
                "http://localhost:8080/login/oauth2/code/auth-server?x=1",
                "http://localhost:8080/login/oauth2/code/AUTH-SERVER",
                "http://localhost:8081/login/oauth2/code/auth-server",
                "https://localhost:8080/login/oauth2/code/auth-server",
                "http://evil.example/login/oauth2/code/auth-server",
                "http://127.0.0.1:8080/login/oauth2/code/auth-server"
            })
    void whenTheRedirectUriIsANearMissThenNothingIsRedirected(String redirectUri) {
        TestClient impostor = new TestClient(SERVER, "credential-portal", redirectUri, null);

        Browser.Response response = browser.get(impostor.authorize("openid").url());

        assertThat(response.isRedirect())
                .as("redirected to %s", response.location())
                .isFalse();
        assertThat(response.status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 49152, 65535})
    void whenThePublicWalletUsesAnyLoopbackPortThenTheRequestIsAccepted(int port) {
        Browser.Response response =
                browser.get(demoWallet(port).authorize("openid").url());

        assertThat(response.isRedirect()).isTrue();
        assertThat(response.location().getPath()).isEqualTo("/login");
    }

    @Test
    void whenThePublicWalletLogsInOnAnEphemeralPortThenItsCodeGoesToThatPort() {
        TestClient wallet = demoWallet(61234);
        TestClient.Authorization authorization = wallet.authorize("openid");

        Browser.Response atWallet = login(authorization.url(), Citizen.CHAU);

        assertThat(atWallet.location().toString()).startsWith("http://127.0.0.1:61234/callback?");
        String code = codeFrom(atWallet, authorization);
        TestClient.TokenResponse tokens = wallet.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:61234/callback",
                "http://127.0.0.2:61234/callback",
                "http://[::1]:61234/callback",
                "http://127.0.0.1:61234/callback/other",
                "http://127.0.0.1:61234/callback?extra=1",
                "https://127.0.0.1:61234/callback",
                "http://user@127.0.0.1:61234/callback"
            })
    void whenTheWalletBendsTheLoopbackRuleThenNothingIsRedirected(String redirectUri) {
        TestClient wallet = new TestClient(SERVER, "demo-wallet", redirectUri, null);

        Browser.Response response = browser.get(wallet.authorize("openid").url());

        assertThat(response.isRedirect())
                .as("redirected to %s", response.location())
                .isFalse();
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void whenAConfidentialClientUsesAnotherLoopbackPortThenNothingIsRedirected() {
        TestClient confidential =
                new TestClient(SERVER, "loopback-confidential", "http://127.0.0.1:50000/confidential", null);

        Browser.Response response = browser.get(confidential.authorize("openid").url());

        assertThat(response.isRedirect()).isFalse();
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void whenAConfidentialClientUsesItsExactLoopbackUriThenTheRequestIsAccepted() {
        TestClient confidential =
                new TestClient(SERVER, "loopback-confidential", "http://127.0.0.1/confidential", null);

        Browser.Response response = browser.get(confidential.authorize("openid").url());

        assertThat(response.isRedirect()).isTrue();
        assertThat(response.location().getPath()).isEqualTo("/login");
    }
}
