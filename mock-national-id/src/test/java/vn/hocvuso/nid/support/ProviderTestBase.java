package vn.hocvuso.nid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.nid.citizen.CitizenRegistry;

/**
 * The one application context of the module's flow tests: the app on a real port (its issuer is its
 * own address), the default auth-server client and two test clients whose keys and redirect URIs
 * {@link RelyingPartyServer} serves. Every flow test extends this class, so Spring builds the
 * context once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
public abstract class ProviderTestBase {

    public static final String DEMO_PASSWORD = "Demo@2026";
    /** Nguyễn Văn An, level 2. */
    public static final String AN = "001089000001";
    /** Trần Thị Bình, level 2. */
    public static final String BINH = "079195000002";
    /** Lê Minh Châu, level 1. */
    public static final String CHAU = "048302000003";
    /** Phạm Văn Dũng, level 2, suspended. */
    public static final String DUNG = "001070000004";

    private static final int PORT = freePort();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected CitizenRegistry registry;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("nid.base-url", ProviderTestBase::issuer);
        properties.add("nid.clients[0].client-id", () -> "auth-server");
        properties.add("nid.clients[0].redirect-uris", () -> "http://localhost:9000/login/oauth2/code/national-id");
        properties.add("nid.clients[0].jwk-set-url", () -> "http://localhost:9000/oauth2/jwks");
        client(properties, 1, TestClient.MAIN);
        client(properties, 2, TestClient.OTHER);
    }

    private static void client(DynamicPropertyRegistry properties, int index, TestClient client) {
        String prefix = "nid.clients[" + index + "].";
        properties.add(prefix + "client-id", client::clientId);
        properties.add(prefix + "redirect-uris", client::redirectUri);
        properties.add(prefix + "jwk-set-url", client::jwkSetUrl);
    }

    public static String issuer() {
        return "http://localhost:" + PORT;
    }

    protected static URI endpoint(String path) {
        return URI.create(issuer() + path);
    }

    protected long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Sends the request in a browser already logged in; returns the parameters the client receives. */
    protected static Map<String, String> authorize(Browser browser, AuthorizationRequest request) {
        browser.open(request.uri());
        assertThat(browser.url().toString()).startsWith(request.redirectUri() + "?");
        return Http.query(browser.url());
    }

    /** The token request of the authorization code grant, authenticated with {@code assertion}. */
    protected static HttpResponse<String> redeem(
            TestClient client, String code, String redirectUri, String codeVerifier, String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        form.put("client_id", client.clientId());
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        return Http.postForm(endpoint("/oauth2/token"), form);
    }

    /** Redeems the code of {@code request} as {@code client} with a correct, fresh assertion. */
    protected static HttpResponse<String> redeem(TestClient client, String code, AuthorizationRequest request) {
        return redeem(
                client,
                code,
                request.redirectUri(),
                request.codeVerifier(),
                ClientAssertion.of(client, issuer()).serialize());
    }

    protected static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    /** Verifies {@code idToken} against the provider's published JWK set and returns its claims. */
    protected static JWTClaimsSet verifiedClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
            assertThat(jwt.getHeader().getKeyID()).as("kid").isNotBlank();
            JWKSet published = JWKSet.load(endpoint("/oauth2/jwks").toURL());
            JWK key = published.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).as("the signing key is published").isNotNull();
            assertThat(key.isPrivate()).isFalse();
            assertThat(jwt.verify(new ECDSAVerifier(key.toECKey())))
                    .as("signature")
                    .isTrue();
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a valid signed JWT: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
