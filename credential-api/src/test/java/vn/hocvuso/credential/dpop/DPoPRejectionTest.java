package vn.hocvuso.credential.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.Secrets;
import vn.hocvuso.credential.learner.PersonalDataCipher;
import vn.hocvuso.credential.support.DPoPProof;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.Proofs;

/**
 * Every way a DPoP presentation at the credential endpoint can be wrong (RFC 9449 §4.3, §7, §9):
 * each answers 401 with a {@code DPoP} challenge naming the error, and nothing is issued or used
 * up: no credential, status entry or token row, and the request's {@code c_nonce} is still unused.
 */
class DPoPRejectionTest extends IntegrationTest {

    private static final String CREDENTIAL = BASE_URL + "/oid4vci/credential";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private PersonalDataCipher cipher;

    @Autowired
    private DPoPProperties dpopProperties;

    /** What a case changes: given the valid proof builder and the token, the headers to send. */
    record Case(String error, BiFunction<Fixture, DPoPProof, Map<String, List<String>>> headers) {
        @Override
        public String toString() {
            return error;
        }
    }

    /** One presentation's material: the bound token, the DPoP key, the server's DPoP nonce. */
    record Fixture(String token, ECKey key, String dpopNonce, String staleNonce) {}

    static Stream<Arguments> badPresentations() {
        return Stream.of(
                bad("missing proof", "invalid_dpop_proof", (f, p) -> dpop(f, List.of())),
                bad("wrong htm", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("htm", "GET"))),
                bad("wrong htu", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("htu", BASE_URL + "/oid4vci/nonce"))),
                bad(
                        "htu of another host",
                        "invalid_dpop_proof",
                        (f, p) -> dpop(f, p.claim("htu", "http://attacker.example:" + PORT + "/oid4vci/credential"))),
                bad(
                        "stale iat",
                        "invalid_dpop_proof",
                        (f, p) -> dpop(
                                f,
                                p.claim("iat", Instant.now().minusSeconds(600).getEpochSecond()))),
                bad(
                        "future iat",
                        "invalid_dpop_proof",
                        (f, p) -> dpop(
                                f, p.claim("iat", Instant.now().plusSeconds(600).getEpochSecond()))),
                bad("missing iat", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("iat", null))),
                bad("iat not a number", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("iat", "yesterday"))),
                bad("missing htm", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("htm", null))),
                bad("proof not a JWT", "invalid_dpop_proof", (f, p) -> dpop(f, List.of("not-a-jwt"))),
                bad("missing jti", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("jti", null))),
                bad("key other than cnf.jkt", "invalid_dpop_proof", (f, p) -> {
                    ECKey other = Proofs.newHolderKey();
                    return dpop(
                            f,
                            DPoPProof.of(other, "POST", CREDENTIAL)
                                    .accessToken(f.token())
                                    .nonce(f.dpopNonce()));
                }),
                bad(
                        "signed by another key than jwk",
                        "invalid_dpop_proof",
                        (f, p) -> dpop(f, p.signedBy(Proofs.newHolderKey()))),
                bad("alg none", "invalid_dpop_proof", (f, p) -> dpop(f, p.unsigned())),
                bad("HS256", "invalid_dpop_proof", (f, p) -> dpop(f, p.hmac())),
                bad("private key in jwk", "invalid_dpop_proof", (f, p) -> dpop(f, p.privateJwk())),
                bad("no jwk", "invalid_dpop_proof", (f, p) -> dpop(f, p.header("jwk", null))),
                bad("typ JWT", "invalid_dpop_proof", (f, p) -> dpop(f, p.header("typ", "JWT"))),
                bad("missing ath", "invalid_dpop_proof", (f, p) -> dpop(f, p.claim("ath", null))),
                bad(
                        "ath of another token",
                        "invalid_dpop_proof",
                        (f, p) -> dpop(
                                f, p.accessToken(TestAuthServer.walletToken(TestLearners.BINH.subject(), BASE_URL)))),
                bad("two DPoP headers", "invalid_dpop_proof", (f, p) -> {
                    String proof = p.serialize();
                    return Map.of("Authorization", List.of("DPoP " + f.token()), "DPoP", List.of(proof, proof));
                }),
                bad("missing DPoP nonce", "use_dpop_nonce", (f, p) -> dpop(f, p.claim("nonce", null))),
                bad("stale DPoP nonce", "use_dpop_nonce", (f, p) -> dpop(f, p.nonce(f.staleNonce()))),
                bad("forged DPoP nonce", "use_dpop_nonce", (f, p) -> dpop(f, p.nonce("v1.forged"))),
                bad(
                        "bearer presentation of a DPoP-bound token",
                        "invalid_token",
                        (f, p) -> Map.of(
                                "Authorization", List.of("Bearer " + f.token()), "DPoP", List.of(p.serialize()))),
                bad("DPoP presentation of an unbound token", "invalid_token", (f, p) -> {
                    String unbound = TestAuthServer.walletToken(TestLearners.BINH.subject(), BASE_URL);
                    return Map.of(
                            "Authorization",
                            List.of("DPoP " + unbound),
                            "DPoP",
                            List.of(p.accessToken(unbound).serialize()));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPresentations")
    void whenTheDPoPPresentationIsBadThenA401NamesTheErrorAndNothingIsIssuedOrUsedUp(String name, Case bad)
            throws Exception {
        ECKey key = Proofs.newHolderKey();
        String token = TestAuthServer.dpopWalletToken(
                TestLearners.BINH.subject(), BASE_URL, key.computeThumbprint().toString());
        HttpResponse<String> nonceResponse = post(BASE_URL + "/oid4vci/nonce", Map.of(), "");
        String cNonce = (String) JSONObjectUtils.parse(nonceResponse.body()).get("c_nonce");
        String dpopNonce = nonceResponse.headers().firstValue("DPoP-Nonce").orElseThrow();
        Fixture fixture = new Fixture(token, key, dpopNonce, staleNonce());
        DPoPProof valid =
                DPoPProof.of(key, "POST", CREDENTIAL).accessToken(token).nonce(dpopNonce);
        Counts before = counts();
        long proofsSeen = count("dpop_proof");

        HttpResponse<String> response =
                post(CREDENTIAL, bad.headers().apply(fixture, valid), credentialRequest(cNonce));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("DPoP ").contains("error=\"" + bad.error() + "\"", "algs=\"ES256");
        assertThat(response.headers().firstValue("DPoP-Nonce").isPresent())
                .as("a DPoP-Nonce comes with use_dpop_nonce, and only then")
                .isEqualTo(bad.error().equals("use_dpop_nonce"));
        assertThat(counts()).isEqualTo(before);
        assertThat(count("dpop_proof")).as("no jti recorded").isEqualTo(proofsSeen);
        assertThat(nonceIsUnused(cNonce)).as("the c_nonce is still unused").isTrue();
    }

    @Test
    void whenAProofIsReplayedThenTheSecondRequestIsRefusedAndIssuesNothing() throws Exception {
        ECKey key = Proofs.newHolderKey();
        String token = TestAuthServer.dpopWalletToken(
                TestLearners.BINH.subject(), BASE_URL, key.computeThumbprint().toString());
        HttpResponse<String> nonceResponse = post(BASE_URL + "/oid4vci/nonce", Map.of(), "");
        String dpopNonce = nonceResponse.headers().firstValue("DPoP-Nonce").orElseThrow();
        String proof = DPoPProof.of(key, "POST", CREDENTIAL)
                .accessToken(token)
                .nonce(dpopNonce)
                .serialize();
        Map<String, List<String>> headers = Map.of("Authorization", List.of("DPoP " + token), "DPoP", List.of(proof));
        HttpResponse<String> first = post(CREDENTIAL, headers, credentialRequest((String)
                JSONObjectUtils.parse(nonceResponse.body()).get("c_nonce")));
        assertThat(first.statusCode()).as(first.body() + first.headers().map()).isEqualTo(200);
        String secondNonce = (String) JSONObjectUtils.parse(
                        post(BASE_URL + "/oid4vci/nonce", Map.of(), "").body())
                .get("c_nonce");
        Counts before = counts();

        HttpResponse<String> replayed = post(CREDENTIAL, headers, credentialRequest(secondNonce));

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("DPoP ")
                .contains("error=\"invalid_dpop_proof\"", "used before");
        assertThat(counts()).isEqualTo(before);
        assertThat(nonceIsUnused(secondNonce)).isTrue();
    }

    @Test
    void whenTheNonceEndpointGetsABoundTokenWithABadProofThenA401AndNoCNonceIsMade() throws Exception {
        ECKey key = Proofs.newHolderKey();
        String token = TestAuthServer.dpopWalletToken(
                TestLearners.BINH.subject(), BASE_URL, key.computeThumbprint().toString());
        String proof = DPoPProof.of(key, "POST", CREDENTIAL).accessToken(token).serialize();
        long nonces = count("issuance_nonce");

        HttpResponse<String> response = post(
                BASE_URL + "/oid4vci/nonce",
                Map.of("Authorization", List.of("DPoP " + token), "DPoP", List.of(proof)),
                "");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_dpop_proof\"", "htu");
        assertThat(count("issuance_nonce")).isEqualTo(nonces);
    }

    private String staleNonce() {
        Clock past =
                Clock.fixed(Instant.now().minus(dpopProperties.nonceLifetime()).minusSeconds(1), ZoneOffset.UTC);
        return new DPoPNonces(cipher, dpopProperties, past).issue();
    }

    private static Arguments bad(
            String name, String error, BiFunction<Fixture, DPoPProof, Map<String, List<String>>> headers) {
        return Arguments.of(name, new Case(error, headers));
    }

    private static Map<String, List<String>> dpop(Fixture fixture, DPoPProof proof) {
        return dpop(fixture, List.of(proof.serialize()));
    }

    private static Map<String, List<String>> dpop(Fixture fixture, List<String> proofs) {
        return proofs.isEmpty()
                ? Map.of("Authorization", List.of("DPoP " + fixture.token()))
                : Map.of("Authorization", List.of("DPoP " + fixture.token()), "DPoP", proofs);
    }

    private static String credentialRequest(String cNonce) {
        String keyProof = Proofs.keyProof(Proofs.newHolderKey(), BASE_URL, cNonce, Instant.now());
        return JSONObjectUtils.toJSONString(Map.of(
                "credential_configuration_id",
                DigitalCompetencyCredential.CONFIGURATION_ID,
                "proofs",
                Map.of("jwt", List.of(keyProof))));
    }

    static HttpResponse<String> post(String uri, Map<String, List<String>> headers, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean nonceIsUnused(String nonce) {
        return jdbc.sql("SELECT COUNT(*) FROM issuance_nonce WHERE nonce_hash = ?")
                        .param(Secrets.hash(nonce))
                        .query(Long.class)
                        .single()
                == 1;
    }
}
