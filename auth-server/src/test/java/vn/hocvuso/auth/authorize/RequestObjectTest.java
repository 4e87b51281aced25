package vn.hocvuso.auth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/**
 * Request objects (OIDC Core §6): signed with the client's registered key or unsigned, their
 * parameters win over the query's; a bad one is {@code invalid_request_object} at the client, with
 * {@code iss}; {@code request_uri} is only a pushed request's reference, anything else is
 * {@code request_uri_not_supported}. Each refusal stores nothing.
 */
class RequestObjectTest extends FlowTest {

    private final TestClient portal = credentialPortal();

    /** The parameters of a complete authorization request of the portal, with PKCE. */
    private record Request(Map<String, Object> claims, TestClient.Authorization authorization) {}

    private Request portalRequest() {
        TestClient.Authorization authorization = portal.authorize("openid");
        Map<String, String> query = Browser.Response.query(java.net.URI.create(authorization.url()));
        Map<String, Object> claims = new LinkedHashMap<>(query);
        return new Request(claims, authorization);
    }

    private static JWTClaimsSet.Builder claims(Map<String, Object> parameters) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        parameters.forEach(builder::claim);
        return builder;
    }

    private JWTClaimsSet.Builder signedClaims(Map<String, Object> parameters) {
        return claims(parameters)
                .issuer(portal.clientId())
                .audience(SERVER)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    private static String signed(JWTClaimsSet claims, ECKey key) {
        return FakeUpstream.sign(claims, key);
    }

    /** The outer request: response_type, client_id, scope, redirect_uri and state in the query, the rest in the object. */
    private String url(String requestObject, String outerState) {
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", portal.clientId());
        outer.put("scope", "openid");
        outer.put("redirect_uri", portal.redirectUri());
        outer.put("state", outerState);
        outer.put("request", requestObject);
        return SERVER + "/oauth2/authorize?" + TestClient.form(outer);
    }

    private void assertErrorAtPortal(Browser.Response response, String state, String error) {
        assertThat(response.isRedirect())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        assertThat(response.location().toString()).startsWith(portal.redirectUri() + "?");
        assertThat(response.locationParameters())
                .containsEntry("error", error)
                .containsEntry("state", state)
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
    }

    @Test
    void whenTheRequestObjectIsSignedWithTheClientsKeyThenItsParametersWin() {
        Request request = portalRequest();
        String requestObject = signed(signedClaims(request.claims()).build(), UPSTREAM.relyingPartyKey());

        Browser.Response atClient = login(url(requestObject, "outer-state"), Citizen.AN.another("signed-ro"));

        String code = codeFrom(atClient, request.authorization());
        Map<String, Object> idToken =
                claims(portal.redeem(code, request.authorization()).get("id_token"));
        assertThat(idToken).containsEntry("nonce", request.authorization().nonce());
    }

    @Test
    void whenTheRequestObjectIsUnsignedThenItCountsAsTheSameParametersInTheQuery() {
        Request request = portalRequest();
        String requestObject = new PlainJWT(claims(request.claims()).build()).serialize();

        Browser.Response atClient = login(url(requestObject, "outer-state"), Citizen.AN.another("plain-ro"));

        String code = codeFrom(atClient, request.authorization());
        assertThat(portal.redeem(code, request.authorization()).status()).isEqualTo(200);
    }

    @Test
    void whenTheRequestObjectAloneCarriesTheRedirectUriThenTheRequestSucceeds() {
        Request request = portalRequest();
        String requestObject = new PlainJWT(claims(request.claims()).build()).serialize();
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", portal.clientId());
        outer.put("scope", "openid");
        outer.put("request", requestObject);

        Browser.Response atClient =
                login(SERVER + "/oauth2/authorize?" + TestClient.form(outer), Citizen.AN.another("ro-redirect"));

        assertThat(atClient.location().toString()).startsWith(portal.redirectUri() + "?");
        codeFrom(atClient, request.authorization());
    }

    @Test
    void whenTheSignatureIsNotTheClientsThenInvalidRequestObjectAndNothingIsStored() {
        Request request = portalRequest();
        String requestObject = signed(signedClaims(request.claims()).build(), FakeUpstream.generate());
        long all = authorizations();

        Browser.Response response = browser.get(url(requestObject, "outer-state"));

        assertErrorAtPortal(response, "outer-state", "invalid_request_object");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheRequestObjectNamesAnotherClientThenInvalidRequestObject() {
        Request request = portalRequest();
        request.claims().put("client_id", "demo-wallet");
        String requestObject = signed(signedClaims(request.claims()).build(), UPSTREAM.relyingPartyKey());
        long all = authorizations();

        Browser.Response response = browser.get(url(requestObject, "outer-state"));

        assertErrorAtPortal(response, "outer-state", "invalid_request_object");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheResponseTypeDiffersThenInvalidRequestObject() {
        Request request = portalRequest();
        request.claims().put("response_type", "token");
        String requestObject = new PlainJWT(claims(request.claims()).build()).serialize();

        Browser.Response response = browser.get(url(requestObject, "outer-state"));

        assertErrorAtPortal(response, "outer-state", "invalid_request_object");
    }

    @Test
    void whenASignedRequestObjectIsMeantForAnotherServerThenInvalidRequestObject() {
        Request request = portalRequest();
        JWTClaimsSet elsewhere =
                signedClaims(request.claims()).audience("https://other.example").build();
        long all = authorizations();

        Browser.Response response = browser.get(url(signed(elsewhere, UPSTREAM.relyingPartyKey()), "outer-state"));

        assertErrorAtPortal(response, "outer-state", "invalid_request_object");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheRequestObjectHasExpiredThenInvalidRequestObject() {
        Request request = portalRequest();
        JWTClaimsSet expired = signedClaims(request.claims())
                .expirationTime(Date.from(Instant.now().minusSeconds(600)))
                .build();

        Browser.Response response = browser.get(url(signed(expired, UPSTREAM.relyingPartyKey()), "outer-state"));

        assertErrorAtPortal(response, "outer-state", "invalid_request_object");
    }

    @Test
    void whenTheRequestObjectIsNotAJwtThenInvalidRequestObject() {
        long all = authorizations();

        Browser.Response response = browser.get(url("not.a-jwt", "outer-state"));

        assertErrorAtPortal(response, "outer-state", "invalid_request_object");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenAPublicClientSignsARequestObjectThenThereIsNoKeyToCheckItWith() {
        TestClient wallet = demoWallet(50888);
        TestClient.Authorization authorization = wallet.authorize("openid");
        Map<String, Object> parameters =
                new LinkedHashMap<>(Browser.Response.query(java.net.URI.create(authorization.url())));
        String requestObject = signed(claims(parameters).audience(SERVER).build(), FakeUpstream.generate());
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", wallet.clientId());
        outer.put("scope", "openid");
        outer.put("redirect_uri", wallet.redirectUri());
        outer.put("state", "wallet-state");
        outer.put("request", requestObject);

        Browser.Response response = browser.get(SERVER + "/oauth2/authorize?" + TestClient.form(outer));

        assertThat(response.locationParameters())
                .containsEntry("error", "invalid_request_object")
                .containsEntry("iss", SERVER);
    }

    @Test
    void whenTheClientIsUnknownThenTheErrorPageIsShownAndNothingIsRedirected() {
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("response_type", "code");
        outer.put("client_id", "stranger");
        outer.put("scope", "openid");
        outer.put("redirect_uri", "https://evil.example/callback");
        outer.put("request", new PlainJWT(new JWTClaimsSet.Builder().build()).serialize());

        Browser.Response response = browser.get(SERVER + "/oauth2/authorize?" + TestClient.form(outer));

        assertThat(response.isRedirect()).isFalse();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Yêu cầu không hợp lệ");
    }

    @Test
    void whenRequestUriIsAUrlThenRequestUriNotSupportedAndNothingIsFetched() {
        TestClient.Authorization authorization =
                portal.authorize("openid", Map.of("request_uri", UPSTREAM.issuer() + "/request-object.jwt"));
        long all = authorizations();

        Browser.Response response = browser.get(authorization.url());

        assertErrorAtPortal(response, authorization.state(), "request_uri_not_supported");
        assertThat(authorizations()).isEqualTo(all);
        assertThat(UPSTREAM.server()
                        .findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/request-object.jwt"))))
                .isEmpty();
    }

    @Test
    void whenBothRequestAndRequestUriAreSentThenInvalidRequest() {
        Request request = portalRequest();
        String requestObject = new PlainJWT(claims(request.claims()).build()).serialize();

        Browser.Response response = browser.get(url(requestObject, "outer-state") + "&request_uri="
                + "urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc");

        assertErrorAtPortal(response, "outer-state", "invalid_request");
    }

    @Test
    void whenDiscoveryIsReadThenRequestObjectsAreAdvertisedAndRequestUrisAreNot() {
        Map<String, Object> metadata = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readValue(
                        browser.get(SERVER + "/.well-known/openid-configuration")
                                .body(),
                        new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});

        assertThat(metadata)
                .containsEntry("request_parameter_supported", true)
                .containsEntry("request_uri_parameter_supported", false)
                .containsEntry("request_object_signing_alg_values_supported", List.of("ES256", "RS256", "none"))
                .containsEntry("prompt_values_supported", List.of("none", "login", "consent", "select_account"));
    }
}
