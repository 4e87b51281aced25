package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Credential Response encryption (OID4VCI 1.0 §8.2, §10): a wallet that asks gets its credentials
 * as a JWE to its key, which it decrypts with Nimbus; parameters we do not support are refused with
 * {@code invalid_encryption_parameters} before anything is issued or the nonce is used.
 */
class CredentialResponseEncryptionTest extends IntegrationTest {

    private static final String CREDENTIAL = BASE_URL + "/oid4vci/credential";
    private static final ECKey KEY = encryptionKey();

    @Test
    void whenTheWalletAsksForEncryptionThenTheResponseIsAJweToItsKeyThatDecryptsToTheCredentials() throws Exception {
        String nonce = CredentialRequestRejectionTest.nonce();
        ECKey holder = Proofs.newHolderKey();
        Map<String, Object> encryption = parameter(KEY.toPublicJWK().toJSONObject(), "A256GCM");
        encryption.put("zip", "DEF");

        HttpResponse<String> response = post(request(nonce, holder, encryption));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jwt");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JWEObject jwe = JWEObject.parse(response.body());
        assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(JWEAlgorithm.ECDH_ES);
        assertThat(jwe.getHeader().getEncryptionMethod()).isEqualTo(EncryptionMethod.A256GCM);
        assertThat(jwe.getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
        assertThat(jwe.getHeader().getCompressionAlgorithm().getName()).isEqualTo("DEF");
        jwe.decrypt(new ECDHDecrypter(KEY));
        List<Object> credentials = JSONObjectUtils.getJSONArray(jwe.getPayload().toJSONObject(), "credentials");
        assertThat(credentials).hasSize(1);
        @SuppressWarnings("unchecked")
        String sdJwt = (String) ((Map<String, Object>) credentials.get(0)).get("credential");
        StoredCredential credential = wallet().receive(BASE_URL, sdJwt, holder);
        assertThat(credential.claims()).containsEntry("given_name", "Thị Bình");
    }

    @Test
    void whenTheReferenceWalletAsksForEncryptedBatchResponsesThenItReceivesVerifiedCredentials() {
        List<StoredCredential> credentials = wallet().encryptCredentialResponses("A128GCM")
                .requestCredentials(
                        BASE_URL,
                        TestAuthServer.walletToken(TestLearners.BINH.subject(), BASE_URL),
                        DigitalCompetencyCredential.CONFIGURATION_ID,
                        2);

        assertThat(credentials).hasSize(2);
    }

    @Test
    void whenTheIssuerMetadataIsReadThenItAdvertisesTheEncryptionItSupports() throws Exception {
        Map<String, Object> metadata = JSONObjectUtils.parse(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/.well-known/openid-credential-issuer"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        Map<String, Object> encryption = JSONObjectUtils.getJSONObject(metadata, "credential_response_encryption");
        assertThat(encryption)
                .containsEntry("alg_values_supported", List.of("ECDH-ES"))
                .containsEntry("enc_values_supported", List.of("A128GCM", "A256GCM"))
                .containsEntry("zip_values_supported", List.of("DEF"))
                .containsEntry("encryption_required", false);
    }

    static Stream<Arguments> badParameters() {
        Map<String, Object> publicKey = KEY.toPublicJWK().toJSONObject();
        return Stream.of(
                bad("unsupported enc", e -> parameter(publicKey, "A192GCM")),
                bad("unknown enc", e -> parameter(publicKey, "ROT13")),
                bad("missing enc", e -> without(parameter(publicKey, "A128GCM"), "enc")),
                bad("unsupported alg", e -> parameter(withAlg(publicKey, "ECDH-ES+A128KW"), "A128GCM")),
                bad("jwk without alg", e -> parameter(withAlg(publicKey, null), "A128GCM")),
                bad("RSA jwk", e -> parameter(rsaKey(), "A128GCM")),
                bad("private jwk", e -> parameter(KEY.toJSONObject(), "A128GCM")),
                bad("jwk not on its curve", e -> parameter(offCurve(publicKey), "A128GCM")),
                bad("jwk missing x", e -> parameter(without(publicKey, "x"), "A128GCM")),
                bad("jwk for signing", e -> parameter(withUse(publicKey, "sig"), "A128GCM")),
                bad("jwk not an object", e -> {
                    Map<String, Object> parameter = parameter(publicKey, "A128GCM");
                    parameter.put("jwk", "not a key");
                    return parameter;
                }),
                bad("unsupported zip", e -> {
                    Map<String, Object> parameter = parameter(publicKey, "A128GCM");
                    parameter.put("zip", "GZIP");
                    return parameter;
                }),
                bad("not an object", e -> Map.of("value", "A128GCM")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void whenTheEncryptionParametersAreBadThenInvalidEncryptionParametersAndNothingIsIssued(
            String name, UnaryOperator<Map<String, Object>> parameter) throws Exception {
        String nonce = CredentialRequestRejectionTest.nonce();
        Map<String, Object> encryption = parameter.apply(null);
        Object value = name.equals("not an object") ? "A128GCM" : encryption;
        Counts before = counts();

        HttpResponse<String> response = post(request(nonce, Proofs.newHolderKey(), value));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_encryption_parameters");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issuance_nonce WHERE nonce_hash = ?")
                        .param(Secrets.hash(nonce))
                        .query(Long.class)
                        .single())
                .as("the c_nonce is still unused")
                .isEqualTo(1L);
    }

    private static Arguments bad(String name, UnaryOperator<Map<String, Object>> parameter) {
        return Arguments.of(name, parameter);
    }

    private static Map<String, Object> parameter(Map<String, Object> jwk, String enc) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("jwk", jwk);
        parameter.put("enc", enc);
        return parameter;
    }

    private static Map<String, Object> without(Map<String, Object> object, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        copy.remove(name);
        return copy;
    }

    private static Map<String, Object> withAlg(Map<String, Object> jwk, String alg) {
        Map<String, Object> copy = without(jwk, "alg");
        if (alg != null) {
            copy.put("alg", alg);
        }
        return copy;
    }

    private static Map<String, Object> withUse(Map<String, Object> jwk, String use) {
        Map<String, Object> copy = new LinkedHashMap<>(jwk);
        copy.put("use", use);
        return copy;
    }

    private static Map<String, Object> offCurve(Map<String, Object> jwk) {
        Map<String, Object> copy = new LinkedHashMap<>(jwk);
        copy.put("y", copy.get("x"));
        return copy;
    }

    private static Map<String, Object> rsaKey() {
        try {
            RSAKey rsa = new RSAKeyGenerator(2048)
                    .algorithm(JWEAlgorithm.RSA_OAEP_256)
                    .generate();
            return rsa.toPublicJWK().toJSONObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey encryptionKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.ENCRYPTION)
                    .algorithm(JWEAlgorithm.ECDH_ES)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String request(String nonce, ECKey holder, Object encryption) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("credential_configuration_id", DigitalCompetencyCredential.CONFIGURATION_ID);
        request.put("proofs", Map.of("jwt", List.of(Proofs.keyProof(holder, BASE_URL, nonce, Instant.now()))));
        request.put("credential_response_encryption", encryption);
        return JSONObjectUtils.toJSONString(request);
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(CREDENTIAL))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Authorization",
                                        "Bearer " + TestAuthServer.walletToken(TestLearners.BINH.subject(), BASE_URL))
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
