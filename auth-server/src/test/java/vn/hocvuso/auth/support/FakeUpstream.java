package vn.hocvuso.auth.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock standing in for the national identity provider: its discovery document, JWK set, token
 * and userinfo endpoints, with ID tokens signed in the test by a key generated in the test. One
 * server for the whole test JVM; each test resets it to a well-behaved upstream and then breaks
 * what it wants to break.
 *
 * <p>It also serves the JWK set of the test's own relying party ({@code /rp/jwks}), which the test
 * profile registers as {@code credential-portal}'s {@code jwk-set-url}.
 */
public final class FakeUpstream {

    public static final String CLIENT_ID = "auth-server";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static FakeUpstream shared;

    private final WireMockServer server;
    private final ECKey signingKey;
    private final ECKey relyingPartyKey;

    private FakeUpstream() {
        server = new WireMockServer(options().dynamicPort().notifier(new ConsoleNotifier(false)));
        server.start();
        signingKey = generate();
        relyingPartyKey = generate();
        reset();
        warmUp();
    }

    /** The first requests to a fresh WireMock are slow on a busy machine; pay for them here, not in a case. */
    private void warmUp() {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            try {
                client.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(issuer() + "/.well-known/openid-configuration"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static synchronized FakeUpstream shared() {
        if (shared == null) {
            shared = new FakeUpstream();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
        }
        return shared;
    }

    public static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public WireMockServer server() {
        return server;
    }

    public String issuer() {
        return "http://localhost:" + server.port();
    }

    public String relyingPartyJwksUrl() {
        return issuer() + "/rp/jwks";
    }

    public ECKey signingKey() {
        return signingKey;
    }

    public ECKey relyingPartyKey() {
        return relyingPartyKey;
    }

    /** A well-behaved upstream: discovery, JWK set, and the relying party's keys; no login answered yet. */
    public void reset() {
        server.resetAll();
        stubDiscovery(discovery());
        stubJwks(new JWKSet(signingKey.toPublicJWK()).toString());
        server.stubFor(get(urlPathEqualTo("/rp/jwks"))
                .willReturn(json(200, new JWKSet(relyingPartyKey.toPublicJWK()).toString())));
    }

    public Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer());
        document.put("authorization_endpoint", issuer() + "/authorize");
        document.put("token_endpoint", issuer() + "/token");
        document.put("jwks_uri", issuer() + "/jwks");
        document.put("userinfo_endpoint", issuer() + "/userinfo");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("ES256"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        document.put("authorization_response_iss_parameter_supported", true);
        document.put("acr_values_supported", List.of(Citizen.LEVEL_1, Citizen.LEVEL_2));
        return document;
    }

    public void stubDiscovery(Map<String, Object> document) {
        stubDiscovery(json(200, JSON.writeValueAsString(document)));
    }

    public void stubDiscovery(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(response));
    }

    public void stubJwks(String body) {
        stubJwks(json(200, body));
    }

    public void stubJwks(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/jwks")).willReturn(response));
    }

    public void stubToken(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(response));
    }

    public void stubUserInfo(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/userinfo")).willReturn(response));
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /**
     * Answers the login of {@code request} as a well-behaved upstream would for {@code citizen}:
     * a token response with a fresh ID token (the request's nonce, the citizen's level) and the
     * citizen's userinfo.
     */
    public void answer(UpstreamRequest request, Citizen citizen) {
        stubToken(tokenResponse(idToken(request, citizen, claims -> {})));
        stubUserInfo(json(200, userInfo(citizen)));
    }

    public String userInfo(Citizen citizen) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", citizen.subject());
        claims.putAll(citizen.identityClaims());
        return JSON.writeValueAsString(claims);
    }

    public ResponseDefinitionBuilder tokenResponse(String idToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", "upstream-access-" + UUID.randomUUID());
        body.put("token_type", "Bearer");
        body.put("expires_in", 300);
        body.put("scope", "openid profile address national_id");
        body.put("id_token", idToken);
        return json(200, JSON.writeValueAsString(body));
    }

    /** The claims a well-behaved upstream puts in the ID token. */
    public JWTClaimsSet.Builder idTokenClaims(UpstreamRequest request, Citizen citizen) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(citizen.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("auth_time", now.minusSeconds(5).getEpochSecond())
                .claim("nonce", request.nonce())
                .claim("acr", citizen.acr())
                .claim("amr", citizen.amr());
        citizen.identityClaims().forEach(claims::claim);
        return claims;
    }

    public String idToken(UpstreamRequest request, Citizen citizen, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = idTokenClaims(request, citizen);
        change.accept(claims);
        return sign(claims.build(), signingKey);
    }

    public static String sign(JWTClaimsSet claims, ECKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    public List<LoggedRequest> tokenRequests() {
        return server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/token")));
    }

    public List<LoggedRequest> userInfoRequests() {
        return server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/userinfo")));
    }
}
