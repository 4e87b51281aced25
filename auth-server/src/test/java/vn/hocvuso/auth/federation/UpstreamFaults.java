package vn.hocvuso.auth.federation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static vn.hocvuso.auth.support.FakeUpstream.json;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.UpstreamRequest;
import vn.hocvuso.testsupport.AppProcess;

/**
 * The catalogue of upstream misbehaviour: at discovery, in the authorization response, at the token
 * endpoint, in the ID token, at the JWK set and at userinfo. Each fault is run from each way a login
 * starts ({@link Start}) where it applies.
 */
final class UpstreamFaults {

    /** How a login starts: for a client that needs level 2, for an ordinary client, or on the login page alone. */
    enum Start {
        ORDINARY_CLIENT,
        LEVEL_2_CLIENT,
        LOGIN_PAGE
    }

    /** What the corpus needs from the running test: starting a login and answering it. */
    interface Driver {
        FakeUpstream upstream();

        /** Starts a login; the response after our redirects (a redirect to the upstream, or an error page). */
        Browser.Response begin();

        /** Starts a login that must reach the upstream. */
        UpstreamRequest start();

        /** Delivers an authorization response to our callback. */
        Browser.Response callback(UpstreamRequest request, Map<String, String> response);

        /** Delivers a hand-written callback URL. */
        Browser.Response callbackUrl(String url);

        /** A citizen no test has used: a login that wrongly succeeded would create a new account. */
        Citizen citizen();
    }

    /** One fault: a name that says what is wrong, the starts it applies to, and how to make it happen. */
    record Case(String name, Set<Start> starts, Function<Driver, Browser.Response> scenario) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Set<Start> ALL = EnumSet.allOf(Start.class);

    private UpstreamFaults() {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        discovery(cases);
        authorizationResponse(cases);
        tokenEndpoint(cases);
        idToken(cases);
        jwks(cases);
        userInfo(cases);
        return cases;
    }

    // ----- discovery: read when the login starts (and again at the callback)

    private static void discovery(List<Case> cases) {
        atDiscovery(cases, "discovery down (connection reset)", fault(Fault.CONNECTION_RESET_BY_PEER));
        atDiscovery(cases, "discovery closes without answering", fault(Fault.EMPTY_RESPONSE));
        atDiscovery(cases, "discovery sends random bytes", fault(Fault.RANDOM_DATA_THEN_CLOSE));
        atDiscovery(cases, "discovery sends a malformed chunk", fault(Fault.MALFORMED_RESPONSE_CHUNK));
        atDiscovery(cases, "discovery slower than the timeout", slow(json(200, "{}")));
        atDiscovery(cases, "discovery answers 500", aResponse().withStatus(500).withBody("boom"));
        atDiscovery(cases, "discovery answers 503", aResponse().withStatus(503));
        atDiscovery(cases, "discovery answers 404", aResponse().withStatus(404));
        atDiscovery(cases, "discovery answers garbage", text(200, "text/plain", "%%% not json at all %%%"));
        atDiscovery(cases, "discovery answers HTML", text(200, "text/html", "<html><body>Maintenance</body></html>"));
        atDiscovery(cases, "discovery answers a JSON array", json(200, "[]"));
        atDiscovery(cases, "discovery answers truncated JSON", json(200, "{\"issuer\": \"http://"));
        atDiscoveryDocument(
                cases, "discovery names another issuer", document -> document.put("issuer", "https://evil.example"));
        atDiscoveryDocument(
                cases,
                "discovery issuer has a trailing slash",
                document -> document.put("issuer", document.get("issuer") + "/"));
        atDiscoveryDocument(cases, "discovery lacks the token endpoint", document -> document.remove("token_endpoint"));
        atDiscoveryDocument(cases, "discovery lacks the JWK set", document -> document.remove("jwks_uri"));
        atDiscoveryDocument(cases, "discovery lacks userinfo", document -> document.remove("userinfo_endpoint"));
        atDiscoveryDocument(cases, "discovery lacks the issuer", document -> document.remove("issuer"));
        cases.add(new Case("discovery breaks between the start and the callback", ALL, driver -> {
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            driver.upstream().stubDiscovery(aResponse().withStatus(500));
            return driver.callback(request, success(driver, request));
        }));
    }

    private static void atDiscovery(List<Case> cases, String name, ResponseDefinitionBuilder response) {
        cases.add(new Case(name, starts(response), driver -> {
            driver.upstream().stubDiscovery(response);
            return driver.begin();
        }));
    }

    private static void atDiscoveryDocument(List<Case> cases, String name, Consumer<Map<String, Object>> change) {
        cases.add(new Case(name, ALL, driver -> {
            Map<String, Object> document = new LinkedHashMap<>(driver.upstream().discovery());
            change.accept(document);
            driver.upstream().stubDiscovery(document);
            return driver.begin();
        }));
    }

    // ----- the authorization response delivered to our callback

    private static void authorizationResponse(List<Case> cases) {
        atCallback(cases, "response without code", (driver, request) -> without(success(driver, request), "code"));
        atCallback(
                cases, "response with an empty code", (driver, request) -> with(success(driver, request), "code", ""));
        atCallback(cases, "response without state", (driver, request) -> without(success(driver, request), "state"));
        atCallback(
                cases,
                "response with another state",
                (driver, request) -> with(
                        success(driver, request), "state", UUID.randomUUID().toString()));
        atCallback(
                cases,
                "response names another issuer (mix-up)",
                (driver, request) -> with(success(driver, request), "iss", "https://evil.example"));
        atCallback(
                cases,
                "response issuer has a trailing slash",
                (driver, request) ->
                        with(success(driver, request), "iss", driver.upstream().issuer() + "/"));
        atCallback(
                cases,
                "response without iss although the upstream promised it",
                (driver, request) -> without(success(driver, request), "iss"));
        cases.add(new Case("response with two iss parameters", ALL, driver -> {
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            Map<String, String> response = success(driver, request);
            String callback = request.redirectUri() + "?code=" + response.get("code") + "&state=" + request.state()
                    + "&iss=" + driver.upstream().issuer() + "&iss=https://evil.example";
            return driver.callbackUrl(callback);
        }));
        for (String error : List.of(
                "access_denied",
                "unmet_authentication_requirements",
                "server_error",
                "temporarily_unavailable",
                "login_required",
                "invalid_request",
                "account_suspended")) {
            atCallback(cases, "error response " + error, (driver, request) -> error(driver, request, error));
        }
        atCallback(cases, "error response with a hostile description", (driver, request) -> {
            Map<String, String> response = error(driver, request, "invalid_scope");
            response.put("error_description", "<script>alert(1)</script> 001089000001");
            return response;
        });
        atCallback(
                cases,
                "error response without iss",
                (driver, request) -> without(error(driver, request, "access_denied"), "iss"));
    }

    private static void atCallback(
            List<Case> cases, String name, BiFunction<Driver, UpstreamRequest, Map<String, String>> response) {
        cases.add(new Case(name, ALL, driver -> {
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            return driver.callback(request, response.apply(driver, request));
        }));
    }

    // ----- the token endpoint

    private static void tokenEndpoint(List<Case> cases) {
        cases.add(new Case("token endpoint down (nothing listens)", ALL, driver -> {
            Map<String, Object> document = new LinkedHashMap<>(driver.upstream().discovery());
            document.put("token_endpoint", "http://localhost:" + AppProcess.freePort() + "/token");
            driver.upstream().stubDiscovery(document);
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            return driver.callback(request, success(driver, request));
        }));
        atToken(cases, "token endpoint resets the connection", fault(Fault.CONNECTION_RESET_BY_PEER));
        atToken(cases, "token endpoint closes without answering", fault(Fault.EMPTY_RESPONSE));
        atToken(cases, "token endpoint sends random bytes", fault(Fault.RANDOM_DATA_THEN_CLOSE));
        atToken(cases, "token endpoint slower than the timeout", slow(json(200, "{}")));
        atToken(cases, "token endpoint answers 500", aResponse().withStatus(500).withBody("Internal error"));
        atToken(cases, "token endpoint answers 503 JSON", json(503, "{\"error\":\"temporarily_unavailable\"}"));
        atToken(cases, "token endpoint refuses the code", json(400, "{\"error\":\"invalid_grant\"}"));
        atToken(cases, "token endpoint refuses our assertion", json(401, "{\"error\":\"invalid_client\"}"));
        atToken(cases, "token endpoint answers garbage", text(200, "text/plain", "access_token=abc&garbage"));
        atToken(cases, "token endpoint answers HTML", text(200, "text/html", "<html><body>Login</body></html>"));
        atToken(cases, "token endpoint answers an empty object", json(200, "{}"));
        atToken(cases, "token endpoint answers a JSON array", json(200, "[]"));
        atToken(cases, "token endpoint answers truncated JSON", json(200, "{\"access_token\":\"a"));
        atTokenBody(cases, "token response without access_token", body -> body.remove("access_token"));
        atTokenBody(cases, "token response without id_token", body -> body.remove("id_token"));
        atTokenBody(cases, "token response with an unknown token_type", body -> body.put("token_type", "mac"));
        atTokenBody(cases, "token response whose id_token is not a JWT", body -> body.put("id_token", "not-a-jwt"));
        atTokenBody(
                cases,
                "token response whose id_token is five garbage parts",
                body -> body.put("id_token", "a.b.c.d.e"));
    }

    private static void atToken(List<Case> cases, String name, ResponseDefinitionBuilder response) {
        cases.add(new Case(name, starts(response), driver -> {
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            driver.upstream().stubToken(response);
            return driver.callback(request, success(driver, request));
        }));
    }

    private static void atTokenBody(List<Case> cases, String name, Consumer<Map<String, Object>> change) {
        cases.add(new Case(name, ALL, driver -> {
            UpstreamRequest request = driver.start();
            Citizen citizen = driver.citizen();
            driver.upstream().answer(request, citizen);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", "upstream-access");
            body.put("token_type", "Bearer");
            body.put("expires_in", 300);
            body.put("id_token", driver.upstream().idToken(request, citizen, claims -> {}));
            change.accept(body);
            driver.upstream().stubToken(json(200, JSON(body)));
            return driver.callback(request, success(driver, request));
        }));
    }

    // ----- the ID token

    private static void idToken(List<Case> cases) {
        atIdToken(cases, "ID token with alg none", (upstream, claims) -> new PlainJWT(claims).serialize());
        atIdToken(cases, "ID token signed HS256 with the upstream's public key", (upstream, claims) -> {
            byte[] secret = publicKeyBytes(upstream.signingKey());
            return signed(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(upstream.signingKey().getKeyID())
                            .build(),
                    claims,
                    header -> new MACSigner(secret));
        });
        atIdToken(
                cases,
                "ID token with an unknown kid",
                (upstream, claims) -> FakeUpstream.sign(claims, FakeUpstream.generate()));
        atIdToken(cases, "ID token with the upstream's kid but another key", (upstream, claims) -> {
            ECKey impostor = new ECKey.Builder(FakeUpstream.generate())
                    .keyID(upstream.signingKey().getKeyID())
                    .build();
            return FakeUpstream.sign(claims, impostor);
        });
        atIdToken(cases, "ID token without kid signed by another key", (upstream, claims) -> {
            ECKey other = FakeUpstream.generate();
            return signed(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), claims, header -> new ECDSASigner(other));
        });
        cases.add(new Case("ID token RS256 with a published RSA key (not allow-listed)", ALL, driver -> {
            RSAKey rsa = rsa();
            driver.upstream()
                    .stubJwks(new JWKSet(
                                    List.<JWK>of(driver.upstream().signingKey().toPublicJWK(), rsa.toPublicJWK()))
                            .toString());
            return withIdToken(
                    driver,
                    (upstream, claims) -> signed(
                            new JWSHeader.Builder(JWSAlgorithm.RS256)
                                    .keyID(rsa.getKeyID())
                                    .build(),
                            claims,
                            header -> new RSASSASigner(rsa)));
        }));
        cases.add(new Case("ID token ES384 with a published P-384 key (not allow-listed)", ALL, driver -> {
            ECKey p384 = p384();
            driver.upstream()
                    .stubJwks(new JWKSet(
                                    List.<JWK>of(driver.upstream().signingKey().toPublicJWK(), p384.toPublicJWK()))
                            .toString());
            return withIdToken(
                    driver,
                    (upstream, claims) -> signed(
                            new JWSHeader.Builder(JWSAlgorithm.ES384)
                                    .keyID(p384.getKeyID())
                                    .build(),
                            claims,
                            header -> new ECDSASigner(p384)));
        }));
        atIdToken(cases, "ID token whose payload was changed after signing", (upstream, claims) -> {
            String[] parts = FakeUpstream.sign(claims, upstream.signingKey()).split("\\.");
            JWTClaimsSet changed = new JWTClaimsSet.Builder(claims)
                    .claim("national_id", "001089000001")
                    .build();
            return parts[0] + "." + Base64URL.encode(changed.toString()) + "." + parts[2];
        });
        atIdToken(cases, "ID token with its signature stripped", (upstream, claims) -> {
            String[] parts = FakeUpstream.sign(claims, upstream.signingKey()).split("\\.");
            return parts[0] + "." + parts[1] + ".";
        });
        atIdToken(
                cases,
                "ID token with an unknown critical header",
                (upstream, claims) -> signed(
                        new JWSHeader.Builder(JWSAlgorithm.ES256)
                                .keyID(upstream.signingKey().getKeyID())
                                .criticalParams(Set.of("hocvuso-unknown"))
                                .customParam("hocvuso-unknown", true)
                                .build(),
                        claims,
                        header -> new ECDSASigner(upstream.signingKey())));
        atIdToken(
                cases,
                "ID token typed as an access token (at+jwt)",
                (upstream, claims) -> signed(
                        new JWSHeader.Builder(JWSAlgorithm.ES256)
                                .keyID(upstream.signingKey().getKeyID())
                                .type(new JOSEObjectType("at+jwt"))
                                .build(),
                        claims,
                        header -> new ECDSASigner(upstream.signingKey())));

        Instant now = Instant.now();
        atClaims(cases, "ID token from another issuer", claims -> claims.issuer("https://evil.example"));
        atClaims(cases, "ID token without iss", claims -> claims.issuer(null));
        atClaims(
                cases,
                "ID token issuer with a trailing slash",
                claims -> claims.issuer(FakeUpstream.shared().issuer() + "/"));
        atClaims(cases, "ID token for another audience", claims -> claims.audience("another-client"));
        atClaims(
                cases,
                "ID token for us and an untrusted audience",
                claims -> claims.audience(List.of(FakeUpstream.CLIENT_ID, "another-client"))
                        .claim("azp", FakeUpstream.CLIENT_ID));
        atClaims(cases, "ID token without aud", claims -> claims.audience((String) null));
        atClaims(cases, "ID token authorized for another party (azp)", claims -> claims.claim("azp", "another-client"));
        atClaims(
                cases,
                "ID token expired",
                claims -> claims.issueTime(Date.from(now.minusSeconds(900)))
                        .expirationTime(Date.from(now.minusSeconds(600))));
        atClaims(cases, "ID token without exp", claims -> claims.expirationTime(null));
        atClaims(
                cases,
                "ID token issued in the future (iat)",
                claims -> claims.issueTime(Date.from(Instant.now().plusSeconds(600))));
        atClaims(cases, "ID token without iat", claims -> claims.issueTime(null));
        atClaims(
                cases,
                "ID token issued an hour ago",
                claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(3600))));
        atClaims(cases, "ID token with another nonce", claims -> claims.claim("nonce", "not-our-nonce"));
        atClaims(cases, "ID token without nonce", claims -> claims.claim("nonce", null));
        atClaims(cases, "ID token without sub", claims -> claims.subject(null));
        atClaims(cases, "ID token without acr", claims -> claims.claim("acr", null));
        atClaims(cases, "ID token with an unknown acr", claims -> claims.claim("acr", "urn:vn:vneid:loa:9"));
        atClaims(
                cases,
                "ID token with a foreign acr",
                claims -> claims.claim("acr", "http://idmanagement.gov/ns/assurance/ial/2"));
        atClaims(cases, "ID token with a numeric acr", claims -> claims.claim("acr", 2));
        atClaims(cases, "ID token without auth_time", claims -> claims.claim("auth_time", null));
        atClaims(
                cases,
                "ID token authenticated in the future",
                claims ->
                        claims.claim("auth_time", Instant.now().plusSeconds(600).getEpochSecond()));
        atClaims(
                cases,
                "ID token without national_id (and userinfo without it)",
                claims -> claims.claim("national_id", null),
                userInfo -> userInfo.remove("national_id"));
        atClaims(
                cases,
                "ID token with a malformed national_id",
                claims -> claims.claim("national_id", "12345"),
                userInfo -> userInfo.remove("national_id"));
        cases.add(new Case(
                "ID token at level 1 for a client that needs level 2", EnumSet.of(Start.LEVEL_2_CLIENT), driver -> {
                    UpstreamRequest request = driver.start();
                    Citizen citizen = driver.citizen().withLevel(1);
                    driver.upstream().answer(request, citizen);
                    return driver.callback(request, success(driver, request));
                }));
        cases.add(new Case(
                "ID token at level 1 for a client that needs level 2 (acr forged to level 1 only)",
                EnumSet.of(Start.LEVEL_2_CLIENT),
                driver -> {
                    UpstreamRequest request = driver.start();
                    Citizen citizen = driver.citizen();
                    driver.upstream().answer(request, citizen);
                    driver.upstream()
                            .stubToken(driver.upstream()
                                    .tokenResponse(driver.upstream()
                                            .idToken(
                                                    request, citizen, claims -> claims.claim("acr", Citizen.LEVEL_1))));
                    return driver.callback(request, success(driver, request));
                }));
    }

    private static void atIdToken(List<Case> cases, String name, BiFunction<FakeUpstream, JWTClaimsSet, String> token) {
        cases.add(new Case(name, ALL, driver -> withIdToken(driver, token)));
    }

    private static Browser.Response withIdToken(Driver driver, BiFunction<FakeUpstream, JWTClaimsSet, String> token) {
        UpstreamRequest request = driver.start();
        Citizen citizen = driver.citizen();
        driver.upstream().answer(request, citizen);
        JWTClaimsSet claims = driver.upstream().idTokenClaims(request, citizen).build();
        driver.upstream().stubToken(driver.upstream().tokenResponse(token.apply(driver.upstream(), claims)));
        return driver.callback(request, success(driver, request));
    }

    private static void atClaims(List<Case> cases, String name, Consumer<JWTClaimsSet.Builder> change) {
        atClaims(cases, name, change, userInfo -> {});
    }

    private static void atClaims(
            List<Case> cases,
            String name,
            Consumer<JWTClaimsSet.Builder> change,
            Consumer<Map<String, Object>> userInfoChange) {
        cases.add(new Case(name, ALL, driver -> {
            UpstreamRequest request = driver.start();
            Citizen citizen = driver.citizen();
            driver.upstream().answer(request, citizen);
            driver.upstream()
                    .stubToken(driver.upstream().tokenResponse(driver.upstream().idToken(request, citizen, change)));
            Map<String, Object> userInfo = userInfoOf(citizen);
            userInfoChange.accept(userInfo);
            driver.upstream().stubUserInfo(json(200, JSON(userInfo)));
            return driver.callback(request, success(driver, request));
        }));
    }

    // ----- the JWK set, read at the callback

    private static void jwks(List<Case> cases) {
        cases.add(new Case("JWK set down (nothing listens)", ALL, driver -> {
            Map<String, Object> document = new LinkedHashMap<>(driver.upstream().discovery());
            document.put("jwks_uri", "http://localhost:" + AppProcess.freePort() + "/jwks");
            driver.upstream().stubDiscovery(document);
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            return driver.callback(request, success(driver, request));
        }));
        atJwks(cases, "JWK set resets the connection", fault(Fault.CONNECTION_RESET_BY_PEER));
        atJwks(cases, "JWK set sends random bytes", fault(Fault.RANDOM_DATA_THEN_CLOSE));
        atJwks(cases, "JWK set slower than the timeout", slow(json(200, "{\"keys\":[]}")));
        atJwks(cases, "JWK set answers 500", aResponse().withStatus(500));
        atJwks(cases, "JWK set answers 404", aResponse().withStatus(404));
        atJwks(cases, "JWK set answers garbage", text(200, "text/plain", "keys? what keys"));
        atJwks(cases, "JWK set answers HTML", text(200, "text/html", "<html><body>Not here</body></html>"));
        atJwks(cases, "JWK set is empty", json(200, "{\"keys\":[]}"));
        atJwks(cases, "JWK set is not a JWK set", json(200, "{\"foo\":1}"));
        cases.add(new Case("JWK set holds only another key", ALL, driver -> {
            driver.upstream().stubJwks(new JWKSet(FakeUpstream.generate().toPublicJWK()).toString());
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            return driver.callback(request, success(driver, request));
        }));
        cases.add(new Case("JWK set holds only an RSA key", ALL, driver -> {
            driver.upstream().stubJwks(new JWKSet(rsa().toPublicJWK()).toString());
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            return driver.callback(request, success(driver, request));
        }));
    }

    private static void atJwks(List<Case> cases, String name, ResponseDefinitionBuilder response) {
        cases.add(new Case(name, starts(response), driver -> {
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            driver.upstream().stubJwks(response);
            return driver.callback(request, success(driver, request));
        }));
    }

    // ----- userinfo

    private static void userInfo(List<Case> cases) {
        cases.add(new Case("userinfo down (nothing listens)", ALL, driver -> {
            Map<String, Object> document = new LinkedHashMap<>(driver.upstream().discovery());
            document.put("userinfo_endpoint", "http://localhost:" + AppProcess.freePort() + "/userinfo");
            driver.upstream().stubDiscovery(document);
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            return driver.callback(request, success(driver, request));
        }));
        atUserInfo(cases, "userinfo resets the connection", fault(Fault.CONNECTION_RESET_BY_PEER));
        atUserInfo(cases, "userinfo slower than the timeout", slow(json(200, "{}")));
        atUserInfo(cases, "userinfo answers 500", aResponse().withStatus(500));
        atUserInfo(
                cases,
                "userinfo refuses our access token",
                aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        atUserInfo(cases, "userinfo answers garbage", text(200, "text/plain", "name=An"));
        atUserInfo(cases, "userinfo answers HTML", text(200, "text/html", "<html><body>Hello</body></html>"));
        atUserInfo(cases, "userinfo answers a JSON array", json(200, "[]"));
        atUserInfoClaims(cases, "userinfo about another subject", userInfo -> userInfo.put("sub", "someone-else"));
        atUserInfoClaims(cases, "userinfo without sub", userInfo -> userInfo.remove("sub"));
        atUserInfoClaims(
                cases,
                "userinfo with another national_id than the ID token",
                userInfo -> userInfo.put("national_id", Citizen.randomNationalId()));
        atUserInfoClaims(cases, "userinfo with a numeric name", userInfo -> userInfo.put("name", 42));
        atUserInfoClaims(
                cases, "userinfo with an address that is not an object", userInfo -> userInfo.put("address", "Hà Nội"));
        atUserInfoClaims(
                cases, "userinfo with a name longer than any name", userInfo -> userInfo.put("name", "A".repeat(5000)));
    }

    private static void atUserInfo(List<Case> cases, String name, ResponseDefinitionBuilder response) {
        cases.add(new Case(name, starts(response), driver -> {
            UpstreamRequest request = driver.start();
            driver.upstream().answer(request, driver.citizen());
            driver.upstream().stubUserInfo(response);
            return driver.callback(request, success(driver, request));
        }));
    }

    private static void atUserInfoClaims(List<Case> cases, String name, Consumer<Map<String, Object>> change) {
        cases.add(new Case(name, ALL, driver -> {
            UpstreamRequest request = driver.start();
            Citizen citizen = driver.citizen();
            driver.upstream().answer(request, citizen);
            Map<String, Object> userInfo = userInfoOf(citizen);
            change.accept(userInfo);
            driver.upstream().stubUserInfo(json(200, JSON(userInfo)));
            return driver.callback(request, success(driver, request));
        }));
    }

    // ----- helpers

    /** Slow answers cost a timeout each: they run from one start only, to keep the corpus fast. */
    private static Set<Start> starts(ResponseDefinitionBuilder response) {
        return SLOW.contains(response) ? EnumSet.of(Start.ORDINARY_CLIENT) : ALL;
    }

    private static final List<ResponseDefinitionBuilder> SLOW = new ArrayList<>();

    /** An answer that arrives after the read timeout (4 s in the tests, 5 s in production). */
    private static ResponseDefinitionBuilder slow(ResponseDefinitionBuilder response) {
        ResponseDefinitionBuilder delayed = response.withFixedDelay(6_000);
        SLOW.add(delayed);
        return delayed;
    }

    private static ResponseDefinitionBuilder fault(Fault fault) {
        return aResponse().withFault(fault);
    }

    private static ResponseDefinitionBuilder text(int status, String type, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body);
    }

    static Map<String, String> success(Driver driver, UpstreamRequest request) {
        Map<String, String> response = new LinkedHashMap<>();
        response.put("code", "upstream-code-" + UUID.randomUUID());
        response.put("state", request.state());
        response.put("iss", driver.upstream().issuer());
        return response;
    }

    private static Map<String, String> error(Driver driver, UpstreamRequest request, String error) {
        Map<String, String> response = new LinkedHashMap<>();
        response.put("error", error);
        response.put("state", request.state());
        response.put("iss", driver.upstream().issuer());
        return response;
    }

    private static Map<String, String> with(Map<String, String> response, String name, String value) {
        response.put(name, value);
        return response;
    }

    private static Map<String, String> without(Map<String, String> response, String name) {
        response.remove(name);
        return response;
    }

    static Map<String, Object> userInfoOf(Citizen citizen) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", citizen.subject());
        claims.putAll(citizen.identityClaims());
        return claims;
    }

    private static String JSON(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    private interface SignerFactory {
        com.nimbusds.jose.JWSSigner create(JWSHeader header) throws JOSEException;
    }

    private static String signed(JWSHeader header, JWTClaimsSet claims, SignerFactory signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer.create(header));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] publicKeyBytes(ECKey key) {
        try {
            return key.toECPublicKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey;

    /** One RSA key for the corpus: generating one per case would only make it slower. */
    private static synchronized RSAKey rsa() {
        if (rsaKey == null) {
            try {
                rsaKey = new RSAKeyGenerator(2048)
                        .keyID("rsa-" + UUID.randomUUID())
                        .generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return rsaKey;
    }

    private static ECKey p384() {
        try {
            return new ECKeyGenerator(Curve.P_384)
                    .keyID("p384-" + UUID.randomUUID())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
