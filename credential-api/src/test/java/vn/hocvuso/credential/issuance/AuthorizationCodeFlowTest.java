package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;

/**
 * The authorization code flow from the credential issuer's side: the wallet brings an access token
 * that auth-server issued (here minted as auth-server mints them) and receives a credential for the
 * learner its pairwise subject names.
 */
class AuthorizationCodeFlowTest extends IntegrationTest {

    @Test
    void whenWalletBringsAnAuthServerTokenThenItReceivesAVerifiedCredentialForTheTokensLearner() {
        HolderWallet wallet = wallet();
        String token = TestAuthServer.walletToken(TestLearners.BINH.subject(), BASE_URL);

        List<StoredCredential> credentials =
                wallet.requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 1);

        StoredCredential credential = credentials.get(0);
        assertThat(credential.claims())
                .containsEntry("given_name", "Thị Bình")
                .containsEntry("family_name", "Trần")
                .containsEntry("birthdate", "1995-07-02");
        assertThat(String.valueOf(credential.claims().get("evidence"))).contains("urn:vn:vneid:loa:2");
        assertThat(credential.x5c().get(credential.x5c().size() - 1)).isEqualTo(root());
        assertThat(wallet.statusOf(credential)).isZero();
    }

    @Test
    void whenOperatorSuspendsAndReinstatesThenTheStatusListFollowsAndTheHistoryKeepsBoth() throws Exception {
        HolderWallet wallet = wallet();
        StoredCredential credential = wallet.requestCredentials(
                        BASE_URL,
                        TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL),
                        DigitalCompetencyCredential.CONFIGURATION_ID,
                        1)
                .get(0);
        String id = jdbc.sql("SELECT id FROM issued_credential WHERE holder_key_thumbprint = ?")
                .param(credential.holderKey().computeThumbprint().toString())
                .query(String.class)
                .single();

        assertThat(operatorPost(id, "suspend", "Under investigation").statusCode())
                .isEqualTo(200);
        assertThat(wallet.statusOf(credential)).isEqualTo(2);
        assertThat(operatorPost(id, "reinstate", "Investigation closed").statusCode())
                .isEqualTo(200);
        assertThat(wallet.statusOf(credential)).isZero();

        List<String> history = jdbc.sql(
                        "SELECT reason || '/' || operator FROM status_change WHERE credential_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
        assertThat(history).containsExactly("Under investigation/operator", "Investigation closed/operator");
    }
}
