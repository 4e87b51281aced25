package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.wallet.StoredCredential;

/** What wallets and verifiers read before anything else: issuer metadata, type metadata, issuer keys. */
class IssuerMetadataTest extends IntegrationTest {

    @Autowired
    LiveKeyRing keys;

    @Test
    @SuppressWarnings("unchecked")
    void whenAWalletReadsTheIssuerMetadataThenItFindsEndpointsServersAndTheCredentialConfiguration() throws Exception {
        Map<String, Object> metadata = json("/.well-known/openid-credential-issuer");

        assertThat(metadata)
                .containsEntry("credential_issuer", BASE_URL)
                .containsEntry("credential_endpoint", BASE_URL + "/oid4vci/credential")
                .containsEntry("nonce_endpoint", BASE_URL + "/oid4vci/nonce")
                .containsEntry("authorization_servers", List.of(TestAuthServer.url(), BASE_URL))
                .containsEntry("batch_credential_issuance", Map.of("batch_size", 10L));
        assertThat(String.valueOf(metadata.get("display"))).contains("locale=vi", "locale=en");
        Map<String, Object> configuration =
                (Map<String, Object>) ((Map<String, Object>) metadata.get("credential_configurations_supported"))
                        .get("digital_competency_sd_jwt");
        assertThat(configuration)
                .containsEntry("format", "dc+sd-jwt")
                .containsEntry("scope", "digital_competency_credential")
                .containsEntry("vct", BASE_URL + "/vct/digital-competency")
                .containsEntry("cryptographic_binding_methods_supported", List.of("jwk"))
                .containsEntry("credential_signing_alg_values_supported", List.of("ES256"))
                .containsEntry(
                        "proof_types_supported",
                        Map.of("jwt", Map.of("proof_signing_alg_values_supported", List.of("ES256"))));
        Map<String, Object> credentialMetadata = (Map<String, Object>) configuration.get("credential_metadata");
        assertThat(String.valueOf(credentialMetadata.get("display")))
                .contains("Chứng chỉ năng lực số", "Digital competency certificate");
        assertThat((List<Map<String, Object>>) credentialMetadata.get("claims"))
                .anySatisfy(claim -> assertThat(claim.get("path")).isEqualTo(List.of("given_name")))
                .allSatisfy(claim ->
                        assertThat(String.valueOf(claim.get("display"))).contains("locale=vi", "locale=en"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenACredentialIsIssuedThenTheTypeMetadataSdFlagsMatchWhatIsDisclosableInIt() throws Exception {
        HttpResponse<String> response = RawHttp.get(BASE_URL + "/vct/digital-competency");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        Map<String, Object> type = JSONObjectUtils.parse(response.body());
        assertThat(type).containsEntry("vct", BASE_URL + "/vct/digital-competency");
        assertThat(String.valueOf(type.get("display"))).contains("locale=vi", "locale=en");
        StoredCredential credential = wallet().requestCredentials(
                        BASE_URL,
                        TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL),
                        DigitalCompetencyCredential.CONFIGURATION_ID,
                        1)
                .get(0);
        List<String> disclosed =
                credential.disclosures().stream().map(d -> d.getClaimName()).toList();
        Map<String, Object> signed = credential.issuerSigned().getPayload().toJSONObject();

        for (Map<String, Object> claim : (List<Map<String, Object>>) type.get("claims")) {
            List<String> path = (List<String>) claim.get("path");
            assertThat(String.valueOf(claim.get("display"))).contains("locale=vi", "locale=en");
            if ("always".equals(claim.get("sd"))) {
                assertThat(disclosed).as("%s is a disclosure", path).contains(path.get(0));
                assertThat(signed).doesNotContainKey(path.get(0));
            } else {
                assertThat(claim.get("sd")).isEqualTo("never");
                assertThat(signed).as("%s is in the signed payload", path).containsKey(path.get(0));
                assertThat(disclosed).doesNotContain(path.get(0));
            }
        }
    }

    @Test
    void whenAVerifierReadsTheJwtVcIssuerMetadataThenItFindsTheSigningKeysAndNoPrivatePart() throws Exception {
        Map<String, Object> metadata = json("/.well-known/jwt-vc-issuer");

        assertThat(metadata).containsEntry("issuer", BASE_URL);
        @SuppressWarnings("unchecked")
        JWKSet jwks = JWKSet.parse((Map<String, Object>) metadata.get("jwks"));
        assertThat(jwks.getKeyByKeyId(keys.active().kid())).isNotNull();
        assertThat(jwks.getKeys()).noneMatch(key -> key.isPrivate());
    }

    private static Map<String, Object> json(String path) throws Exception {
        return JSONObjectUtils.parse(RawHttp.get(BASE_URL + path).body());
    }
}
