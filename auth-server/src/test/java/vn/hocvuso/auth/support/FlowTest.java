package vn.hocvuso.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.html.HtmlAnchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.testsupport.AppProcess;

/**
 * The base of every flow test: one Spring context for all of them (same configuration, so Spring
 * caches it), a real HTTP port, and WireMock as the upstream, reset before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
public abstract class FlowTest {

    protected static final FakeUpstream UPSTREAM = FakeUpstream.shared();
    /** Chosen before the context starts: the issuer and the upstream redirect URI name it. */
    protected static final int PORT = AppProcess.freePort();

    protected static final String SERVER = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("auth.base-url", () -> SERVER);
        registry.add("auth.upstream.issuer", UPSTREAM::issuer);
        registry.add("auth.clients.credential-portal.jwk-set-url", UPSTREAM::relyingPartyJwksUrl);
    }

    @Autowired
    protected JdbcClient jdbc;

    protected Browser browser;

    @BeforeEach
    void freshUpstreamAndBrowser() {
        UPSTREAM.reset();
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    // ----- clients

    protected static TestClient credentialPortal() {
        return new TestClient(
                SERVER,
                "credential-portal",
                "http://localhost:8080/login/oauth2/code/auth-server",
                UPSTREAM.relyingPartyKey());
    }

    protected static TestClient demoWallet(int port) {
        return new TestClient(SERVER, "demo-wallet", "http://127.0.0.1:" + port + "/callback", null);
    }

    protected static TestClient level2Client() {
        return new TestClient(SERVER, "level2-rp", "http://127.0.0.1:50123/level2", null);
    }

    protected static TestClient consentClient() {
        return new TestClient(
                SERVER, "consent-rp", "http://localhost:65010/consent-callback", demoClientKey("consent-rp"));
    }

    protected static TestClient agency() {
        return new TestClient(SERVER, "agency-nao", null, demoClientKey("agency-nao"));
    }

    /** The key auth-server generated for a demo client in its data folder. */
    protected static ECKey demoClientKey(String clientId) {
        try {
            return ServiceKeys.open(
                            Path.of("test-data", "auth-server", "demo-clients", clientId),
                            clientId,
                            "AUTH_DEMO_CLIENT_KEYSTORE_PASSWORD",
                            System.getenv(),
                            Clock.systemUTC())
                    .load()
                    .active()
                    .jwk()
                    .toECKey();
        } catch (Exception e) {
            throw new IllegalStateException("no demo key for " + clientId, e);
        }
    }

    // ----- logins

    protected static boolean ours(URI uri) {
        return "localhost".equals(uri.getHost()) && uri.getPort() == PORT;
    }

    /**
     * Follows a client's authorization request to our login page, chooses "log in with VNeID" and
     * returns the authorization request auth-server then sends to the upstream.
     */
    protected UpstreamRequest startLogin(String authorizeUrl) {
        Browser.Response login = browser.follow(browser.get(authorizeUrl), FlowTest::ours);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        HtmlAnchor vneid = login.html().getHtmlElementById("login-vneid");
        return toUpstream(
                browser.get(login.url().resolve(vneid.getHrefAttribute()).toString()));
    }

    /** Starts a login with no client waiting (the citizen opened the login page). */
    protected UpstreamRequest startDirectLogin() {
        return toUpstream(browser.get(SERVER + "/oauth2/authorization/national-id"));
    }

    /** Follows our redirects until the one that leaves for the upstream's authorization endpoint. */
    protected UpstreamRequest toUpstream(Browser.Response response) {
        Browser.Response redirect = browser.follow(response, FlowTest::ours);
        assertThat(redirect.isRedirect())
                .as("expected a redirect to the upstream, got %s %s", redirect.status(), redirect.text())
                .isTrue();
        URI upstream = redirect.location();
        assertThat(upstream.toString()).startsWith(UPSTREAM.issuer() + "/authorize");
        return new UpstreamRequest(upstream, Browser.Response.query(upstream));
    }

    /** The upstream's successful authorization response: a code, the state and the issuer. */
    protected static Map<String, String> successfulResponse(UpstreamRequest request) {
        Map<String, String> response = new LinkedHashMap<>();
        response.put("code", "upstream-code-" + UUID.randomUUID());
        response.put("state", request.state());
        response.put("iss", UPSTREAM.issuer());
        return response;
    }

    /** Delivers an upstream authorization response to our callback and follows our redirects. */
    protected Browser.Response finishLogin(UpstreamRequest request, Map<String, String> response) {
        String callback = request.redirectUri() + (response.isEmpty() ? "" : "?" + TestClient.form(response));
        return browser.follow(browser.get(callback), FlowTest::ours);
    }

    /** A whole successful login of {@code citizen} for the authorization request at {@code authorizeUrl}. */
    protected Browser.Response login(String authorizeUrl, Citizen citizen) {
        UpstreamRequest request = startLogin(authorizeUrl);
        UPSTREAM.answer(request, citizen);
        return finishLogin(request, successfulResponse(request));
    }

    /** A whole successful login with no client waiting: it ends on the account page. */
    protected Browser.Response loginDirectly(Citizen citizen) {
        UpstreamRequest request = startDirectLogin();
        UPSTREAM.answer(request, citizen);
        return finishLogin(request, successfulResponse(request));
    }

    /** The authorization code delivered to the client's redirect URI, after checking iss and state. */
    protected static String codeFrom(Browser.Response atClient, TestClient.Authorization authorization) {
        assertThat(atClient.isRedirect())
                .as("%s %s", atClient.status(), atClient.text())
                .isTrue();
        Map<String, String> parameters = atClient.locationParameters();
        assertThat(parameters).containsEntry("state", authorization.state()).containsEntry("iss", SERVER);
        assertThat(parameters).containsKey("code");
        return parameters.get("code");
    }

    /** Approves everything on the consent page and follows our redirects to the client. */
    protected Browser.Response approve(Browser.Response consentPage) {
        assertThat(consentPage.url().getPath()).as(consentPage.text()).isEqualTo("/oauth2/consent");
        return browser.follow(browser.submit(consentPage.html().getFormByName("approve")), FlowTest::ours);
    }

    // ----- database

    protected long accounts() {
        return jdbc.sql("SELECT COUNT(*) FROM citizen_account")
                .query(Long.class)
                .single();
    }

    protected long codesIssued() {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization WHERE authorization_code_value IS NOT NULL")
                .query(Long.class)
                .single();
    }

    protected long authorizations() {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization")
                .query(Long.class)
                .single();
    }

    protected static Map<String, Object> claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet().toJSONObject();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }
}
