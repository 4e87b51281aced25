package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/**
 * Agencies and training providers get tokens with {@code client_credentials} and
 * {@code private_key_jwt} (RFC 7523); every flaw of the assertion is refused with
 * {@code invalid_client} (RFC 6749 §5.2) and issues nothing.
 */
class ClientCredentialsTest extends FlowTest {

    private static final String TOKEN_ENDPOINT = SERVER + "/oauth2/token";

    private static JWTClaimsSet.Builder goodClaims(String clientId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(TOKEN_ENDPOINT)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)));
    }

    private static String agencyAssertion(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = goodClaims("agency-nao");
        change.accept(claims);
        return FakeUpstream.sign(claims.build(), demoClientKey("agency-nao"));
    }

    private static TestClient.TokenResponse tokenWith(String assertion, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        form.put("client_id", "agency-nao");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        return agency().post("/oauth2/token", form);
    }

    @Test
    void whenTheAgencyAuthenticatesWithItsKeyThenItGetsAnAccessTokenForItself() {
        TestClient.TokenResponse response = tokenWith(agencyAssertion(claims -> {}), "competency.query");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.get("token_type")).isEqualTo("Bearer");
        assertThat(response.json()).doesNotContainKeys("refresh_token", "id_token");
        Map<String, Object> claims = claims(response.get("access_token"));
        assertThat(claims).containsEntry("sub", "agency-nao");
        assertThat(claims).containsEntry("client_id", "agency-nao");
        assertThat(claims).containsEntry("scope", "competency.query");
        assertThat(claims).containsEntry("iss", SERVER);
        assertThat(claims.get("aud")).isIn("http://localhost:8080", List.of("http://localhost:8080"));
        assertThat(claims).doesNotContainKeys("national_id", "name", "acr");
    }

    @Test
    void whenTheAudienceIsTheIssuerThenTheAssertionIsAccepted() {
        TestClient.TokenResponse response = tokenWith(agencyAssertion(claims -> claims.audience(SERVER)), null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        // No scope asked: the client's registered scopes (RFC 6749 §3.3).
        assertThat(claims(response.get("access_token"))).containsEntry("scope", "competency.query");
    }

    @Test
    void whenTheProviderAuthenticatesThenItGetsItsOwnScope() {
        JWTClaimsSet claims = goodClaims("provider-demo").build();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", "provider-demo");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", FakeUpstream.sign(claims, demoClientKey("provider-demo")));

        TestClient.TokenResponse response = agency().post("/oauth2/token", form);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(claims(response.get("access_token"))).containsEntry("scope", "learning.submit");
    }

    @Test
    void whenAnAssertionIsReplayedThenTheSecondUseIsRefused() {
        String assertion = agencyAssertion(claims -> {});
        assertThat(tokenWith(assertion, null).status()).isEqualTo(200);
        long authorizations = authorizations();

        TestClient.TokenResponse replay = tokenWith(assertion, null);

        assertRefused(replay);
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenAnAssertionIsRefusedForAnotherReasonThenItsJtiIsNotSpent() {
        String jti = UUID.randomUUID().toString();
        assertRefused(tokenWith(agencyAssertion(claims -> claims.jwtID(jti).audience("https://evil.example")), null));

        TestClient.TokenResponse response = tokenWith(agencyAssertion(claims -> claims.jwtID(jti)), null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    static List<Arguments> flawedAssertions() {
        Instant now = Instant.now();
        ECKey agencyKey = demoClientKey("agency-nao");
        ECKey impostor = new ECKey.Builder(FakeUpstream.generate())
                .keyID(agencyKey.getKeyID())
                .build();
        return List.of(
                Arguments.of(
                        "an audience array with our token endpoint",
                        agencyAssertionRaw(claims -> claims.audience(List.of(TOKEN_ENDPOINT, SERVER)))),
                Arguments.of("a one-element audience array", arrayAudience(agencyKey)),
                Arguments.of(
                        "another audience",
                        agencyAssertionRaw(claims -> claims.audience("https://other.example/token"))),
                Arguments.of(
                        "our introspection endpoint as audience",
                        agencyAssertionRaw(claims -> claims.audience(SERVER + "/oauth2/introspect"))),
                Arguments.of("no audience", agencyAssertionRaw(claims -> claims.audience((String) null))),
                Arguments.of(
                        "an expired assertion",
                        agencyAssertionRaw(claims -> claims.issueTime(Date.from(now.minusSeconds(400)))
                                .expirationTime(Date.from(now.minusSeconds(120))))),
                Arguments.of(
                        "a lifetime of more than 5 minutes",
                        agencyAssertionRaw(claims -> claims.expirationTime(Date.from(now.plusSeconds(6 * 60))))),
                Arguments.of(
                        "no iat and an expiry beyond 5 minutes",
                        agencyAssertionRaw(
                                claims -> claims.issueTime(null).expirationTime(Date.from(now.plusSeconds(10 * 60))))),
                Arguments.of("no exp", agencyAssertionRaw(claims -> claims.expirationTime(null))),
                Arguments.of("no jti", agencyAssertionRaw(claims -> claims.jwtID(null))),
                Arguments.of(
                        "iat in the future",
                        agencyAssertionRaw(claims -> claims.issueTime(Date.from(now.plusSeconds(120)))
                                .expirationTime(Date.from(now.plusSeconds(180))))),
                Arguments.of(
                        "nbf in the future",
                        agencyAssertionRaw(claims -> claims.notBeforeTime(Date.from(now.plusSeconds(120))))),
                Arguments.of("another issuer", agencyAssertionRaw(claims -> claims.issuer("provider-demo"))),
                Arguments.of("another subject", agencyAssertionRaw(claims -> claims.subject("provider-demo"))),
                Arguments.of(
                        "a wrong signature (the agency's kid, another key)",
                        FakeUpstream.sign(goodClaims("agency-nao").build(), impostor)),
                Arguments.of(
                        "the provider's key",
                        FakeUpstream.sign(goodClaims("agency-nao").build(), demoClientKey("provider-demo"))),
                Arguments.of("alg none", new PlainJWT(goodClaims("agency-nao").build()).serialize()),
                Arguments.of("HS256 with the agency's public key as secret", hmacWithPublicKey(agencyKey)),
                Arguments.of("not a JWT", "not-a-jwt"),
                Arguments.of("a tampered payload", tampered(agencyKey)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flawedAssertions")
    void whenTheAssertionIsFlawedThenItIsRefusedWithInvalidClientAndNothingIsIssued(String flaw, String assertion) {
        long authorizations = authorizations();

        TestClient.TokenResponse response = tokenWith(assertion, null);

        assertRefused(response);
        assertThat(authorizations()).as(flaw).isEqualTo(authorizations);
    }

    @Test
    void whenTheAssertionComesWithoutClientIdThenTheClientIsItsSubject() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", agencyAssertion(claims -> {}));

        TestClient.TokenResponse response = agency().post("/oauth2/token", form);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(claims(response.get("access_token"))).containsEntry("sub", "agency-nao");
    }

    @Test
    void whenClientIdNamesAnotherClientThanTheAssertionThenItIsRefused() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", "provider-demo");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", agencyAssertion(claims -> {}));

        assertRefused(agency().post("/oauth2/token", form));
    }

    @Test
    void whenTheAgencyAsksForAScopeItDoesNotHaveThenItIsRefused() {
        TestClient.TokenResponse response = tokenWith(agencyAssertion(claims -> {}), "learning.submit");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("invalid_scope");
        assertThat(response.json()).doesNotContainKey("access_token");
    }

    @Test
    void whenTheAgencyTriesAClientSecretThenItIsRefused() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", "agency-nao");
        form.put("client_secret", "guess");

        TestClient.TokenResponse response = agency().post("/oauth2/token", form);

        assertRefused(response);
    }

    private static void assertRefused(TestClient.TokenResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.error()).isEqualTo("invalid_client");
        assertThat(response.json()).doesNotContainKey("access_token");
    }

    private static String agencyAssertionRaw(Consumer<JWTClaimsSet.Builder> change) {
        return agencyAssertion(change);
    }

    /** {@code "aud": ["<token endpoint>"]}: a JSON array, even with one value. */
    private static String arrayAudience(ECKey key) {
        Instant now = Instant.now();
        String payload = "{\"iss\":\"agency-nao\",\"sub\":\"agency-nao\",\"aud\":[\"" + TOKEN_ENDPOINT + "\"],"
                + "\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":"
                + now.plusSeconds(60).getEpochSecond() + "}";
        try {
            JWSObject jws = new JWSObject(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(key.getKeyID())
                            .build(),
                    new Payload(payload));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmacWithPublicKey(ECKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(key.getKeyID())
                            .build(),
                    goodClaims("agency-nao").build());
            jwt.sign(new MACSigner(key.toECPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tampered(ECKey key) {
        String[] parts =
                FakeUpstream.sign(goodClaims("agency-nao").build(), key).split("\\.");
        String changed = com.nimbusds.jose.util.Base64URL.encode(
                        goodClaims("provider-demo").build().toString())
                .toString();
        return parts[0] + "." + changed + "." + parts[2];
    }
}
