package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.htmlunit.html.HtmlAnchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;
import vn.hocvuso.testsupport.AppProcess;

/**
 * The conformance test clients end to end, as the OpenID Foundation's suite drives them: authorize,
 * the citizen's login (the upstream faked as in the flow tests), the code redeemed with the
 * client's secret, userinfo, a refresh. A context of its own, on its own port: in the flow tests'
 * context no conformance client is configured and the metadata promises no secret method
 * (DiscoveryTest).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "auth.conformance-clients[0].client-id=conformance-basic",
            "auth.conformance-clients[0].authentication-method=client_secret_basic",
            "auth.conformance-clients[0].secret=" + ConformanceClientFlowTest.BASIC_SECRET,
            "auth.conformance-clients[0].redirect-uris=" + ConformanceClientFlowTest.CALLBACK,
            "auth.conformance-clients[1].client-id=conformance-post",
            "auth.conformance-clients[1].authentication-method=client_secret_post",
            "auth.conformance-clients[1].secret=" + ConformanceClientFlowTest.POST_SECRET,
            "auth.conformance-clients[1].redirect-uris=" + ConformanceClientFlowTest.CALLBACK
        })
@ActiveProfiles("test")
class ConformanceClientFlowTest {

    static final String BASIC_SECRET = "test-only-conformance-flow-basic-0123456789abcdef";
    static final String POST_SECRET = "test-only-conformance-flow-post-0123456789abcdef";
    static final String CALLBACK = "http://127.0.0.1/conformance/callback";

    private static final FakeUpstream UPSTREAM = FakeUpstream.shared();
    private static final int PORT = AppProcess.freePort();
    private static final String SERVER = "http://localhost:" + PORT;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("auth.base-url", () -> SERVER);
        registry.add("auth.upstream.issuer", UPSTREAM::issuer);
        registry.add("auth.clients.credential-portal.jwk-set-url", UPSTREAM::relyingPartyJwksUrl);
    }

    @Autowired
    JdbcClient jdbc;

    private Browser browser;

    @BeforeEach
    void freshUpstreamAndBrowser() {
        UPSTREAM.reset();
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** A conformance client: its id, how it authenticates, and its authorization requests. */
    private record SecretClient(String clientId, String secret, boolean basic) {

        TestClient requests() {
            return new TestClient(SERVER, clientId, CALLBACK, null);
        }

        Response token(Map<String, String> parameters) {
            return token(parameters, secret);
        }

        Response token(Map<String, String> parameters, String usedSecret) {
            Map<String, String> form = new LinkedHashMap<>(parameters);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json");
            if (basic) {
                String credentials = clientId + ":" + usedSecret;
                request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            } else {
                form.put("client_id", clientId);
                form.put("client_secret", usedSecret);
            }
            return send(request.POST(HttpRequest.BodyPublishers.ofString(TestClient.form(form))));
        }
    }

    private record Response(int status, String body, Map<String, Object> json) {
        String get(String name) {
            Object value = json.get(name);
            return value == null ? null : value.toString();
        }
    }

    private static final SecretClient BASIC = new SecretClient("conformance-basic", BASIC_SECRET, true);
    private static final SecretClient POST = new SecretClient("conformance-post", POST_SECRET, false);

    private static boolean ours(URI uri) {
        return "localhost".equals(uri.getHost()) && uri.getPort() == PORT;
    }

    /** The authorization request, the citizen's login upstream, and the code at the client's callback. */
    private String code(TestClient.Authorization authorization, Citizen citizen) {
        Browser.Response login = browser.follow(browser.get(authorization.url()), ConformanceClientFlowTest::ours);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        HtmlAnchor vneid = login.html().getHtmlElementById("login-vneid");
        Browser.Response toUpstream = browser.follow(
                browser.get(login.url().resolve(vneid.getHrefAttribute()).toString()), ConformanceClientFlowTest::ours);
        URI upstream = toUpstream.location();
        assertThat(upstream.toString()).startsWith(UPSTREAM.issuer() + "/authorize");
        UpstreamRequest request = new UpstreamRequest(upstream, Browser.Response.query(upstream));
        UPSTREAM.answer(request, citizen);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", "upstream-code-" + citizen.subject());
        answer.put("state", request.state());
        answer.put("iss", UPSTREAM.issuer());
        Browser.Response atClient = browser.follow(
                browser.get(request.redirectUri() + "?" + TestClient.form(answer)), ConformanceClientFlowTest::ours);
        assertThat(atClient.isRedirect())
                .as("%s %s", atClient.status(), atClient.text())
                .isTrue();
        assertThat(atClient.location().toString()).startsWith(CALLBACK + "?");
        assertThat(atClient.locationParameters())
                .containsEntry("state", authorization.state())
                .containsEntry("iss", SERVER)
                .containsKey("code");
        return atClient.locationParameters().get("code");
    }

    private static Map<String, String> redemption(String code, TestClient.Authorization authorization) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", CALLBACK);
        parameters.put("code_verifier", authorization.verifier());
        return parameters;
    }

    private void fullFlow(SecretClient client, Citizen citizen) {
        TestClient.Authorization authorization = client.requests().authorize("openid profile");
        String code = code(authorization, citizen);

        Response tokens = client.token(redemption(code, authorization));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.get("id_token")).isNotNull();
        assertThat(tokens.get("refresh_token")).isNotNull();

        Response userInfo = userInfo(tokens.get("access_token"));
        assertThat(userInfo.status()).as(userInfo.body()).isEqualTo(200);
        assertThat(userInfo.json()).containsKey("sub").containsEntry("family_name", citizen.familyName());

        Map<String, String> refresh = new LinkedHashMap<>();
        refresh.put("grant_type", "refresh_token");
        refresh.put("refresh_token", tokens.get("refresh_token"));
        Response refreshed = client.token(refresh);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.get("refresh_token")).isNotEqualTo(tokens.get("refresh_token"));
        assertThat(userInfo(refreshed.get("access_token")).status()).isEqualTo(200);
    }

    @Test
    void whenTheBasicClientRunsTheWholeFlowThenItGetsTokensUserinfoAndARefresh() {
        fullFlow(BASIC, Citizen.AN.another("conformance-basic"));
    }

    @Test
    void whenThePostClientRunsTheWholeFlowThenItGetsTokensUserinfoAndARefresh() {
        fullFlow(POST, Citizen.BINH.another("conformance-post"));
    }

    @Test
    void whenTheSecretIsWrongThenInvalidClientNothingIssuedAndTheCodeStillUnspent() {
        for (SecretClient client : new SecretClient[] {BASIC, POST}) {
            browser.forgetCookies(); // each client's citizen logs in
            TestClient.Authorization authorization = client.requests().authorize("openid");
            String code = code(authorization, Citizen.CHAU.another("conformance-wrong-" + client.clientId()));
            long issued = accessTokensIssued();

            Response refused = client.token(redemption(code, authorization), client.secret() + "x");

            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.get("error")).isEqualTo("invalid_client");
            assertThat(refused.get("access_token")).isNull();
            assertThat(accessTokensIssued()).isEqualTo(issued);
            // The code was not spent on the refused request: the real client can still redeem it.
            assertThat(client.token(redemption(code, authorization)).status()).isEqualTo(200);
        }
    }

    private long accessTokensIssued() {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization WHERE access_token_value IS NOT NULL")
                .query(Long.class)
                .single();
    }

    private static Response userInfo(String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(SERVER + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken)
                .GET());
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            Map<String, Object> json = body != null && body.trim().startsWith("{")
                    ? JSON.readValue(body, new TypeReference<Map<String, Object>>() {})
                    : Map.of();
            return new Response(response.statusCode(), body, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
