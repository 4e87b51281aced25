package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.Proofs;

/**
 * Encrypted Credential Requests (OID4VCI 1.0 §8.2, §10): a request that names a response key is
 * sent as a JWE to the key of {@code credential_request_encryption}; one we cannot decrypt is refused
 * with {@code invalid_encryption_parameters} and nothing is issued.
 */
class CredentialRequestEncryptionTest extends IntegrationTest {

    private static final String CREDENTIAL = BASE_URL + "/oid4vci/credential";

    @Test
    void whenTheRequestIsEncryptedToTheAdvertisedKeyThenTheEncryptedResponseCarriesTheCredential() throws Exception {
        ECKey responseKey = encryptionKey();
        String nonce = CredentialRequestRejectionTest.nonce();

        HttpResponse<String> response =
                post(encrypt(request(nonce, responseKey), issuerKey(), EncryptionMethod.A128GCM));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWEObject jwe = JWEObject.parse(response.body());
        jwe.decrypt(new ECDHDecrypter(responseKey));
        assertThat(JSONObjectUtils.getJSONArray(jwe.getPayload().toJSONObject(), "credentials"))
                .hasSize(1);
    }

    @Test
    void whenTheRequestIsEncryptedToAnotherKeyThenInvalidEncryptionParametersAndNothingIsIssued() throws Exception {
        assertRefusedAndNothingIssued(
                nonce -> encrypt(request(nonce, encryptionKey()), encryptionKey(), EncryptionMethod.A128GCM));
    }

    @Test
    void whenTheRequestIsEncryptedWithAnUnsupportedEncThenInvalidEncryptionParametersAndNothingIsIssued()
            throws Exception {
        assertRefusedAndNothingIssued(
                nonce -> encrypt(request(nonce, encryptionKey()), issuerKey(), EncryptionMethod.A192GCM));
    }

    @Test
    void whenTheApplicationJwtBodyIsNoJweThenInvalidEncryptionParametersAndNothingIsIssued() throws Exception {
        assertRefusedAndNothingIssued(nonce -> "not.a.jwe");
    }

    @Test
    void whenEveryInstanceDerivesTheRequestKeyThenItIsTheSameAndAdvertisedWithItsAlgorithm() throws Exception {
        ECKey advertised = issuerKey();

        assertThat(advertised.isPrivate()).isFalse();
        assertThat(advertised.getAlgorithm()).isEqualTo(JWEAlgorithm.ECDH_ES);
        assertThat(advertised.getKeyUse()).isEqualTo(KeyUse.ENCRYPTION);
        assertThat(issuerKey()).isEqualTo(advertised);
    }

    interface Body {
        String of(String nonce) throws Exception;
    }

    private void assertRefusedAndNothingIssued(Body body) throws Exception {
        String nonce = CredentialRequestRejectionTest.nonce();
        Counts before = counts();

        HttpResponse<String> response = post(body.of(nonce));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_encryption_parameters");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issuance_nonce WHERE nonce_hash = ?")
                        .param(Secrets.hash(nonce))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @SuppressWarnings("unchecked")
    private static ECKey issuerKey() throws Exception {
        Map<String, Object> metadata = JSONObjectUtils.parse(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/.well-known/openid-credential-issuer"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        Map<String, Object> encryption = JSONObjectUtils.getJSONObject(metadata, "credential_request_encryption");
        List<Object> keys = (List<Object>) ((Map<String, Object>) encryption.get("jwks")).get("keys");
        return ECKey.parse((Map<String, Object>) keys.get(0));
    }

    private static String encrypt(String json, ECKey to, EncryptionMethod enc) throws Exception {
        JWEObject jwe = new JWEObject(
                new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, enc)
                        .keyID(to.getKeyID())
                        .build(),
                new Payload(json));
        jwe.encrypt(new ECDHEncrypter(to));
        return jwe.serialize();
    }

    private static String request(String nonce, ECKey responseKey) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("credential_configuration_id", DigitalCompetencyCredential.CONFIGURATION_ID);
        request.put(
                "proofs",
                Map.of("jwt", List.of(Proofs.keyProof(Proofs.newHolderKey(), BASE_URL, nonce, Instant.now()))));
        request.put(
                "credential_response_encryption",
                Map.of("jwk", responseKey.toPublicJWK().toJSONObject(), "enc", "A128GCM"));
        return JSONObjectUtils.toJSONString(request);
    }

    private static ECKey encryptionKey() throws Exception {
        return new ECKeyGenerator(Curve.P_256)
                .keyUse(KeyUse.ENCRYPTION)
                .algorithm(JWEAlgorithm.ECDH_ES)
                .keyIDFromThumbprint(true)
                .generate();
    }

    private static HttpResponse<String> post(String jwt) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(CREDENTIAL))
                                .header("Content-Type", "application/jwt")
                                .header(
                                        "Authorization",
                                        "Bearer " + TestAuthServer.walletToken(TestLearners.BINH.subject(), BASE_URL))
                                .POST(HttpRequest.BodyPublishers.ofString(jwt))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
