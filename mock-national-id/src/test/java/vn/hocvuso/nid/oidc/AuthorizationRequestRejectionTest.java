package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.RelyingPartyServer;
import vn.hocvuso.nid.support.TestClient;

/**
 * Authorization requests the provider must refuse: each gets the protocol's error, where it is safe
 * to send it, and no authorization is stored.
 */
class AuthorizationRequestRejectionTest extends ProviderTestBase {

    @Test
    void whenPkceIsMissingThenTheClientGetsInvalidRequestWithIssAndNothingIsStored() {
        long before = rows("oauth2_authorization");
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid")
                .without("code_challenge")
                .without("code_challenge_method");

        Map<String, String> error = errorAtRedirectUri(request);

        assertThat(error)
                .containsEntry("error", "invalid_request")
                .containsEntry("state", request.state())
                .containsEntry("iss", issuer())
                .doesNotContainKey("code");
        assertThat(error.get("error_description")).contains("code_challenge");
        assertThat(rows("oauth2_authorization")).isEqualTo(before);
    }

    @Test
    void whenPkceMethodIsPlainThenTheClientGetsInvalidRequestAndNothingIsStored() {
        long before = rows("oauth2_authorization");
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid")
                .with("code_challenge", "a-plain-challenge-that-is-the-verifier-itself-0123456789")
                .with("code_challenge_method", "plain");

        Map<String, String> error = errorAtRedirectUri(request);

        assertThat(error).containsEntry("error", "invalid_request").containsEntry("iss", issuer());
        assertThat(error.get("error_description")).contains("code_challenge_method");
        assertThat(rows("oauth2_authorization")).isEqualTo(before);
    }

    @Test
    void whenPkceMethodIsMissingThenPlainIsNotAssumedAndTheRequestIsRefused() {
        long before = rows("oauth2_authorization");
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").without("code_challenge_method");

        assertThat(errorAtRedirectUri(request)).containsEntry("error", "invalid_request");
        assertThat(rows("oauth2_authorization")).isEqualTo(before);
    }

    @Test
    void whenTheClientIsUnknownThenTheBrowserIsSentNowhereAndSeesAnErrorPage() {
        long before = rows("oauth2_authorization");
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("client_id", "no-such-client");

        HttpResponse<String> response = Http.get(request.uri(), "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body())
                .contains("invalid_request")
                .contains("client_id")
                .contains("lang=\"vi\"");
        assertThat(rows("oauth2_authorization")).isEqualTo(before);
    }

    static Stream<Arguments> redirectUriNearMisses() {
        String registered = TestClient.MAIN.redirectUri();
        int port = RelyingPartyServer.port();
        return Stream.of(
                Arguments.of("extra path", registered + "/more"),
                Arguments.of("extra query", registered + "?next=/admin"),
                Arguments.of("trailing slash", registered + "/"),
                Arguments.of("other port", registered.replace(":" + port + "/", ":" + (port + 1) + "/")),
                Arguments.of("other case in the path", registered.replace("/callback", "/Callback")),
                Arguments.of("other case in the host", registered.replace("localhost", "LOCALHOST")),
                Arguments.of("other scheme", registered.replace("http://", "https://")),
                Arguments.of("a fragment", registered + "#x"),
                Arguments.of("another client's URI", TestClient.OTHER.redirectUri()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redirectUriNearMisses")
    void whenTheRedirectUriIsANearMissThenTheBrowserIsNotRedirectedAndNothingIsStored(String miss, String uri) {
        long before = rows("oauth2_authorization");
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("redirect_uri", uri);

        HttpResponse<String> response = Http.get(request.uri(), "Accept", "text/html");

        assertThat(response.statusCode()).as(miss).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).as(miss).isEmpty();
        assertThat(response.body()).contains("redirect_uri");
        assertThat(rows("oauth2_authorization")).isEqualTo(before);
    }

    @Test
    void whenTheRedirectUriIsMissingFromAnOpenIdRequestThenTheRequestIsRefused() {
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").without("redirect_uri");

        HttpResponse<String> response = Http.get(request.uri(), "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void whenAScopeIsNotRegisteredThenTheClientGetsInvalidScope() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid offline_access");

        assertThat(errorAtRedirectUri(request))
                .containsEntry("error", "invalid_scope")
                .containsEntry("iss", issuer());
    }

    @Test
    void whenALevelOneAccountIsAskedForLevelTwoThenTheClientGetsUnmetAuthenticationRequirementsAndNoCode() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile")
                .with("acr_values", "urn:vn:vneid:loa:2");
        long before = rows("oauth2_authorization");
        Map<String, String> response;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);
            assertThat(browser.url().toString()).startsWith(TestClient.MAIN.redirectUri() + "?");
            response = Http.query(browser.url());
        }

        assertThat(response)
                .containsEntry("error", "unmet_authentication_requirements")
                .containsEntry("state", request.state())
                .containsEntry("iss", issuer())
                .doesNotContainKey("code");
        assertThat(rows("oauth2_authorization")).isEqualTo(before);
    }

    @Test
    void whenALevelTwoAccountIsAskedForLevelTwoThenItGetsACode() {
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid").with("acr_values", "urn:vn:vneid:loa:2");
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(BINH, DEMO_PASSWORD);

            assertThat(Http.query(browser.url())).containsKey("code").containsEntry("iss", issuer());
        }
    }

    @Test
    void whenTheLoggedInAccountIsSuspendedThenTheNextRequestEndsWithAccessDenied() {
        var citizen = vn.hocvuso.nid.support.TestCitizens.register(registry, 1);
        try (Browser browser = new Browser()) {
            AuthorizationRequest first = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
            browser.open(first.uri()).logIn(citizen.nationalId(), vn.hocvuso.nid.support.TestCitizens.PASSWORD);
            assertThat(Http.query(browser.url())).containsKey("code");
            registry.suspend(citizen.citizen().id());
            long before = rows("oauth2_authorization");

            AuthorizationRequest second = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
            Map<String, String> response = authorize(browser, second);

            assertThat(response)
                    .containsEntry("error", "access_denied")
                    .containsEntry("iss", issuer())
                    .doesNotContainKey("code");
            assertThat(rows("oauth2_authorization")).isEqualTo(before);
        }
    }

    /** Sends the request without a session: errors found before login go straight back to the client. */
    private static Map<String, String> errorAtRedirectUri(AuthorizationRequest request) {
        HttpResponse<String> response = Http.get(request.uri(), "Accept", "text/html");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(request.redirectUri() + "?");
        return Http.query(location);
    }
}
