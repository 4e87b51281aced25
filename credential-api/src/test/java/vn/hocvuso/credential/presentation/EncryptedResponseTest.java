package vn.hocvuso.credential.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.EmployerPage;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.credential.verification.VerifierProperties;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.PresentationRequest;

/**
 * Encrypted responses, {@code direct_post.jwt} (OID4VP 1.0 §8.3): each request gets its own
 * ephemeral key in {@code client_metadata.jwks}; the wallet's JWE (ECDH-ES, A128GCM) is read with
 * it; anything else — a plain response to such a request, another key, another algorithm, another
 * state, a replay — is refused and changes nothing.
 */
class EncryptedResponseTest extends IntegrationTest {

    @Autowired
    PresentationRequests requests;

    @Autowired
    SdJwtVcFactory factory;

    @Autowired
    CredentialSubjects subjects;

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    HolderWallet wallet;
    PresentationRequests.Created created;
    PresentationRequest request;

    @BeforeEach
    void encryptedRequest() {
        wallet = wallet();
        wallet.keep(new TestCredentials(factory, subjects, lists, transactions)
                .issue()
                .credential());
        created = requests.create(List.of(OptionalClaim.GIVEN_NAME), VerifierProperties.DIRECT_POST_JWT);
        request = wallet.resolvePresentationRequest(created.authorizationRequest());
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenTheWalletEncryptsItsResponseToTheRequestKeyThenTheVerdictIsValid() throws Exception {
        String requestUri = URLDecoder.decode(
                created.authorizationRequest()
                        .substring(created.authorizationRequest().indexOf("request_uri=") + 12),
                StandardCharsets.UTF_8);
        Map<String, Object> claims = SignedJWT.parse(RawHttp.get(requestUri).body())
                .getJWTClaimsSet()
                .getClaims();
        Map<String, Object> metadata = (Map<String, Object>) claims.get("client_metadata");
        assertThat(claims).containsEntry("response_mode", "direct_post.jwt");
        assertThat(metadata).containsEntry("encrypted_response_enc_values_supported", List.of("A128GCM", "A256GCM"));
        Map<String, Object> jwk =
                ((List<Map<String, Object>>) ((Map<String, Object>) metadata.get("jwks")).get("keys")).get(0);
        assertThat(jwk)
                .containsEntry("kty", "EC")
                .containsEntry("crv", "P-256")
                .containsEntry("use", "enc")
                .doesNotContainKey("d");
        assertThat(request.encryptedResponse()).isTrue();

        assertThat(wallet.submit(request, wallet.presentationFor(request, null)).redirectUri())
                .isPresent();

        assertThat(EmployerPage.show(mvc, "/verify/" + created.transactionId(), "en"))
                .contains("class=\"verdict verdict-valid\"", "Văn An");
        assertThat(jdbc.sql("SELECT encryption_key FROM presentation_request WHERE state = ?")
                        .param(request.state().orElseThrow())
                        .query(String.class)
                        .single())
                .as("the private response key is stored sealed")
                .doesNotContain("\"d\"")
                .startsWith("eyJ");
    }

    @Test
    void whenAResponseIsNotEncryptedAsAskedOrNotToTheRequestKeyThenItIsRefusedAndNothingChanges() throws Exception {
        String presentation = wallet.presentationFor(request, null);
        String vpToken = JSONObjectUtils.toJSONString(Map.of("digital_competency", List.of(presentation)));
        String state = request.state().orElseThrow();
        String kid = request.responseKey().orElseThrow().getKeyID();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        Map<String, Object> before = row(state);

        assertRefused(post("state=" + state + "&vp_token=" + encode(vpToken)));
        assertRefused(post("response="
                + encode(jwe(vpToken, state, stranger.toPublicJWK(), JWEAlgorithm.ECDH_ES, EncryptionMethod.A128GCM))));
        assertRefused(post("response="
                + encode(jwe(
                        vpToken,
                        state,
                        request.responseKey().orElseThrow(),
                        JWEAlgorithm.ECDH_ES_A128KW,
                        EncryptionMethod.A128GCM))));
        assertRefused(post("response="
                + encode(jwe(
                        vpToken,
                        state,
                        request.responseKey().orElseThrow(),
                        JWEAlgorithm.ECDH_ES,
                        EncryptionMethod.A128CBC_HS256))));
        assertRefused(post("response="
                + encode(jwe(
                        vpToken,
                        "another-state",
                        request.responseKey().orElseThrow(),
                        JWEAlgorithm.ECDH_ES,
                        EncryptionMethod.A128GCM))));
        assertRefused(post("response=not-a-jwe"));
        assertRefused(post("response="
                + encode(jwe(
                                vpToken,
                                state,
                                request.responseKey().orElseThrow().toPublicJWK(),
                                JWEAlgorithm.ECDH_ES,
                                EncryptionMethod.A256GCM))
                        .replace("eyJ", "eyK")));

        assertThat(row(state)).isEqualTo(before).containsEntry("STATUS", "pending");
        String good = jwe(
                vpToken, state, request.responseKey().orElseThrow(), JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM);
        assertThat(post("response=" + encode(good)).statusCode()).isEqualTo(200);
        assertRefused(post("response=" + encode(good)));
    }

    private static String jwe(String vpToken, String state, ECKey key, JWEAlgorithm algorithm, EncryptionMethod method)
            throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("vp_token", JSONObjectUtils.parse(vpToken));
        payload.put("state", state);
        JWEObject jwe = new JWEObject(
                new JWEHeader.Builder(algorithm, method).keyID(key.getKeyID()).build(), new Payload(payload));
        jwe.encrypt(new ECDHEncrypter(key.toPublicJWK()));
        return jwe.serialize();
    }

    private Map<String, Object> row(String state) {
        Map<String, Object> row = new LinkedHashMap<>();
        jdbc.sql("SELECT status, verdict, answered_at, result, response_code_hash, expires_at FROM presentation_request"
                        + " WHERE state = ?")
                .param(state)
                .query()
                .singleRow()
                .forEach((key, value) -> row.put(key.toUpperCase(java.util.Locale.ROOT), value));
        return row;
    }

    private static HttpResponse<String> post(String form) throws Exception {
        return RawHttp.post(BASE_URL + "/oid4vp/responses", "application/x-www-form-urlencoded", form, null);
    }

    private static void assertRefused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_request");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
