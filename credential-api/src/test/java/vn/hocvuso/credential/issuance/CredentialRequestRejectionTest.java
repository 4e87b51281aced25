package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.credential.support.BadProofs;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.Proofs;

/**
 * Every bad credential request gets the error OID4VCI 1.0 §8.3.1.2 or RFC 6750 §3.1 names, and
 * nothing is issued: no credential record, no status index, no nonce used.
 */
class CredentialRequestRejectionTest extends IntegrationTest {

    static final String ENDPOINT = BASE_URL + "/oid4vci/credential";
    static final String CONFIGURATION = DigitalCompetencyCredential.CONFIGURATION_ID;

    /** What a case sends: a token and a body made with a fresh nonce. */
    interface Request {
        HttpResponse<String> send(String nonce) throws Exception;
    }

    static Stream<Arguments> badRequests() {
        String an = TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL);
        return Stream.of(
                bad(
                        "unknown credential configuration",
                        400,
                        "unknown_credential_configuration",
                        n -> send(
                                an,
                                request(
                                        "university_degree_sd_jwt",
                                        Proofs.keyProof(key(), BASE_URL, n, Instant.now())))),
                bad("no access token", 401, null, n -> send(null, request(CONFIGURATION, proof(n)))),
                bad(
                        "expired access token",
                        401,
                        "invalid_token",
                        n -> send(
                                TestAuthServer.mint(
                                        TestLearners.AN.subject(),
                                        List.of(BASE_URL),
                                        "digital_competency_credential",
                                        "urn:vn:vneid:loa:2",
                                        Instant.now().minus(Duration.ofMinutes(2)),
                                        TestAuthServer.key(),
                                        TestAuthServer.url()),
                                request(CONFIGURATION, proof(n)))),
                bad(
                        "access token for another audience",
                        401,
                        "invalid_token",
                        n -> send(
                                TestAuthServer.walletToken(TestLearners.AN.subject(), "http://localhost:9999"),
                                request(CONFIGURATION, proof(n)))),
                bad(
                        "access token from another issuer",
                        401,
                        "invalid_token",
                        n -> send(
                                TestAuthServer.mint(
                                        TestLearners.AN.subject(),
                                        List.of(BASE_URL),
                                        "digital_competency_credential",
                                        "urn:vn:vneid:loa:2",
                                        Instant.now().plusSeconds(300),
                                        TestAuthServer.key(),
                                        "http://evil.example"),
                                request(CONFIGURATION, proof(n)))),
                bad(
                        "access token signed by another key",
                        401,
                        "invalid_token",
                        n -> send(
                                TestAuthServer.mint(
                                        TestLearners.AN.subject(),
                                        List.of(BASE_URL),
                                        "digital_competency_credential",
                                        "urn:vn:vneid:loa:2",
                                        Instant.now().plusSeconds(300),
                                        BadProofs.ecKey(Curve.P_256),
                                        TestAuthServer.url()),
                                request(CONFIGURATION, proof(n)))),
                bad(
                        "access token without the credential scope",
                        403,
                        "insufficient_scope",
                        n -> send(
                                TestAuthServer.mint(
                                        TestLearners.AN.subject(),
                                        List.of(BASE_URL),
                                        "openid profile",
                                        "urn:vn:vneid:loa:2",
                                        Instant.now().plusSeconds(300),
                                        TestAuthServer.key(),
                                        TestAuthServer.url()),
                                request(CONFIGURATION, proof(n)))),
                bad(
                        "unknown opaque access token",
                        401,
                        "invalid_token",
                        n -> send(
                                "bm90LWEtdG9rZW4tb2Ytb3Vycy1hdC1hbGwtMTIzNDU2Nzg5", request(CONFIGURATION, proof(n)))),
                bad(
                        "proof for another audience",
                        400,
                        "invalid_proof",
                        n -> send(
                                an,
                                request(
                                        CONFIGURATION,
                                        Proofs.keyProof(key(), "http://localhost:9999", n, Instant.now())))),
                bad(
                        "proof with alg none",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.algNone(BASE_URL, n)))),
                bad(
                        "proof with HS256",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.hs256(BASE_URL, n)))),
                bad(
                        "proof with an RSA key",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.rs256(BASE_URL, n)))),
                bad(
                        "proof with a P-384 key",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.p384(BASE_URL, n)))),
                bad(
                        "proof with a private key in its header",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.privateKeyInHeader(BASE_URL, n)))),
                bad(
                        "proof signed by another key than its jwk",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.foreignSignature(BASE_URL, n)))),
                bad(
                        "proof of another type",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.withType("JWT", BASE_URL, n)))),
                bad(
                        "proof naming its key by kid",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, BadProofs.kidInsteadOfJwk(BASE_URL, n)))),
                bad(
                        "proof without nonce",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, Proofs.keyProof(key(), BASE_URL, null, Instant.now())))),
                bad(
                        "proof signed ten minutes ago",
                        400,
                        "invalid_proof",
                        n -> send(
                                an,
                                request(
                                        CONFIGURATION,
                                        BadProofs.issuedAt(Instant.now().minus(Duration.ofMinutes(10)), BASE_URL, n)))),
                bad(
                        "proof signed in the future",
                        400,
                        "invalid_proof",
                        n -> send(
                                an,
                                request(
                                        CONFIGURATION,
                                        BadProofs.issuedAt(Instant.now().plus(Duration.ofMinutes(5)), BASE_URL, n)))),
                bad(
                        "nonce never issued",
                        400,
                        "invalid_nonce",
                        n -> send(
                                an, request(CONFIGURATION, proof("bm9uY2UtdGhhdC13YXMtbmV2ZXItaXNzdWVkLWJ5LXRoaXM")))),
                bad(
                        "no proofs",
                        400,
                        "invalid_proof",
                        n -> send(an, "{\"credential_configuration_id\":\"" + CONFIGURATION + "\"}")),
                bad(
                        "more proofs than batch_size",
                        400,
                        "invalid_proof",
                        n -> send(an, request(CONFIGURATION, proofs(n, 11)))),
                bad("two proofs with the same key", 400, "invalid_proof", n -> {
                    var key = key();
                    return send(
                            an,
                            request(
                                    CONFIGURATION,
                                    Proofs.keyProof(key, BASE_URL, n, Instant.now()),
                                    Proofs.keyProof(key, BASE_URL, n, Instant.now())));
                }),
                bad(
                        "a learner who has not completed the programme",
                        400,
                        "credential_request_denied",
                        n -> send(
                                TestAuthServer.walletToken(TestLearners.CHAU.subject(), BASE_URL),
                                request(CONFIGURATION, proof(n)))),
                bad(
                        "a subject that is no learner here",
                        400,
                        "credential_request_denied",
                        n -> send(
                                TestAuthServer.walletToken("pw-unknown", BASE_URL), request(CONFIGURATION, proof(n)))),
                bad(
                        "malformed JSON",
                        400,
                        "invalid_credential_request",
                        n -> send(an, "{\"credential_configuration_id\": \"" + CONFIGURATION + "\", \"proofs\": {")),
                bad(
                        "a body that is not JSON",
                        400,
                        "invalid_credential_request",
                        n -> RawHttp.post(ENDPOINT, "text/plain", request(CONFIGURATION, proof(n)), an)),
                bad(
                        "an oversize body",
                        413,
                        "invalid_credential_request",
                        n -> send(
                                an,
                                "{\"credential_configuration_id\":\"" + CONFIGURATION + "\",\"padding\":\""
                                        + "x".repeat(70_000) + "\",\"proofs\":{\"jwt\":[\"" + proof(n) + "\"]}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void whenTheRequestIsBadThenTheNamedErrorComesBackAndNothingIsIssued(
            String name, int status, String error, Request request) throws Exception {
        Counts before = counts();
        String nonce = nonce();

        HttpResponse<String> response = request.send(nonce);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status == 401 || status == 403) {
            String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
            assertThat(challenge).startsWith("Bearer");
            if (error != null) {
                assertThat(challenge).contains("error=\"" + error + "\"");
            }
        } else {
            assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", error);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(nonceIsUnused(nonce))
                .as("the request's nonce is still unused")
                .isTrue();
    }

    @Test
    void whenTheNonceHasExpiredThenInvalidNonceAndNothingIsIssued() throws Exception {
        String nonce = nonce();
        jdbc.sql("UPDATE issuance_nonce SET expires_at = ? WHERE nonce_hash = ?")
                .params(java.time.OffsetDateTime.now().minusMinutes(1), Secrets.hash(nonce))
                .update();
        Counts before = counts();

        HttpResponse<String> response = send(
                TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL), request(CONFIGURATION, proof(nonce)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_nonce");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheNonceEndpointAnswersThenTheNonceIsFreshUncacheableAndStoredOnlyAsAHash() throws Exception {
        HttpResponse<String> response = RawHttp.post(BASE_URL + "/oid4vci/nonce", null, "", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String nonce = (String) JSONObjectUtils.parse(response.body()).get("c_nonce");
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(43);
        assertThat(count("issuance_nonce WHERE nonce_hash = '" + nonce + "'")).isZero();
        assertThat(nonceIsUnused(nonce)).isTrue();
    }

    private boolean nonceIsUnused(String nonce) {
        return jdbc.sql("SELECT COUNT(*) FROM issuance_nonce WHERE nonce_hash = ?")
                        .param(Secrets.hash(nonce))
                        .query(Long.class)
                        .single()
                == 1;
    }

    static Arguments bad(String name, int status, String error, Request request) {
        return Arguments.of(name, status, error, request);
    }

    static String nonce() throws Exception {
        return (String) JSONObjectUtils.parse(RawHttp.post(BASE_URL + "/oid4vci/nonce", null, "", null)
                        .body())
                .get("c_nonce");
    }

    static com.nimbusds.jose.jwk.ECKey key() throws Exception {
        return BadProofs.ecKey(Curve.P_256);
    }

    static String proof(String nonce) throws Exception {
        return Proofs.keyProof(key(), BASE_URL, nonce, Instant.now());
    }

    static String[] proofs(String nonce, int count) throws Exception {
        String[] proofs = new String[count];
        for (int i = 0; i < count; i++) {
            proofs[i] = proof(nonce);
        }
        return proofs;
    }

    static String request(String configuration, String... proofs) {
        return JSONObjectUtils.toJSONString(
                Map.of("credential_configuration_id", configuration, "proofs", Map.of("jwt", List.of(proofs))));
    }

    static HttpResponse<String> send(String token, String body) throws Exception {
        return RawHttp.post(ENDPOINT, "application/json", body, token);
    }
}
