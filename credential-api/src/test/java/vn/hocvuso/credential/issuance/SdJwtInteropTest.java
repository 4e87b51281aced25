package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.NodeInterop;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Interoperability: the OpenWallet Foundation's {@code @sd-jwt/sd-jwt-vc} (npm, run by Node) verifies
 * our credential with our published key, reads its disclosures, follows its status list, and
 * verifies a presentation our reference wallet built. Fails, never skips, when Node or npm is missing.
 */
class SdJwtInteropTest extends IntegrationTest {

    @Autowired
    LiveKeyRing keys;

    @Test
    @SuppressWarnings("unchecked")
    void whenAnSdJwtLibraryWeDidNotWriteVerifiesOurCredentialThenItAcceptsItsSignatureDisclosuresAndStatus()
            throws Exception {
        HolderWallet wallet = wallet();
        String token = TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL);
        List<StoredCredential> issued =
                wallet.requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 2);
        StoredCredential credential = issued.get(0);
        StoredCredential revoked = issued.get(1);
        String revokedId = jdbc.sql("SELECT id FROM issued_credential WHERE holder_key_thumbprint = ?")
                .param(revoked.holderKey().computeThumbprint().toString())
                .query(String.class)
                .single();
        assertThat(operatorPost(revokedId, "revoke", "interoperability test").statusCode())
                .isEqualTo(200);
        String nonce = "verifier-nonce-" + System.nanoTime();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("issuerJwk", keys.active().publicJwk().toJSONObject());
        input.put("credential", credential.sdJwt());
        input.put("presentation", wallet.present(credential, List.of("given_name"), "https://employer.example", nonce));
        input.put("nonce", nonce);
        input.put("revoked", revoked.sdJwt());

        Map<String, Object> output = NodeInterop.run("verify.mjs", input);

        Map<String, Object> verified = (Map<String, Object>) output.get("credential");
        assertThat(verified).as(String.valueOf(verified)).containsEntry("ok", true);
        assertThat((Map<String, Object>) verified.get("header")).containsEntry("typ", "dc+sd-jwt");
        Map<String, Object> claims = (Map<String, Object>) verified.get("claims");
        assertThat(claims)
                .containsEntry("given_name", "Văn An")
                .containsEntry("family_name", "Nguyễn")
                .containsEntry("birthdate", "1989-03-15")
                .containsEntry("vct", BASE_URL + "/vct/digital-competency");
        assertThat(String.valueOf(claims.get("achievement"))).contains("Bình dân học vụ số – Quốc hội số");

        Map<String, Object> presented = (Map<String, Object>) output.get("presentation");
        assertThat(presented).as(String.valueOf(presented)).containsEntry("ok", true);
        assertThat((Map<String, Object>) presented.get("claims"))
                .containsEntry("given_name", "Văn An")
                .doesNotContainKeys("family_name", "birthdate");
        assertThat((Map<String, Object>) output.get("wrongNonce")).containsEntry("ok", false);
        Map<String, Object> rejected = (Map<String, Object>) output.get("revoked");
        assertThat(rejected).containsEntry("ok", false);
        assertThat(String.valueOf(rejected.get("error"))).contains("Status is not valid");
    }
}
