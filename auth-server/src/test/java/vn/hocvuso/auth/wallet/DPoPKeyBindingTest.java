package vn.hocvuso.auth.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.DPoPProof;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.WalletClient;
import vn.hocvuso.auth.support.WalletFlowTest;
import vn.hocvuso.auth.token.JdbcDPoPProofJtiStore;

/**
 * The authorization code bound to a DPoP key (RFC 9449 §10): by a {@code dpop_jkt} parameter of a
 * pushed or a plain authorization request, or by the DPoP proof that comes with the push (§10.1).
 * The code then redeems only with a proof of that key; a refusal issues nothing and spends nothing.
 */
class DPoPKeyBindingTest extends WalletFlowTest {

    @Autowired
    JdbcDPoPProofJtiStore jtis;

    private static final ECKey OTHER_KEY = FakeUpstream.generate();

    /** Redeems with {@code proof}, expects invalid_dpop_proof, and checks that nothing was issued or spent. */
    private void assertRefused(
            WalletClient wallet, String code, TestClient.Authorization authorization, String proof, String reason) {
        long tokens = accessTokensIssued();
        long spent = spentTokens();

        TestClient.TokenResponse refused = wallet.redeem(code, authorization, proof);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_dpop_proof");
        assertThat(refused.get("error_description")).contains(reason);
        assertThat(refused.get("access_token")).isNull();
        assertThat(accessTokensIssued()).isEqualTo(tokens);
        assertThat(spentTokens()).as("the code stays unspent").isEqualTo(spent);
    }

    private static void assertBoundTo(TestClient.TokenResponse tokens, ECKey key) {
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.get("token_type")).isEqualTo("DPoP");
        assertThat(claims(tokens.get("access_token"))).containsEntry("cnf", Map.of("jkt", DPoPProof.thumbprint(key)));
    }

    @Test
    void whenAPushedRequestNamesDpopJktThenTheCodeRedeemsOnlyWithAProofOfThatKey() {
        WalletClient wallet = confidentialWallet(53401);
        WalletClient.Pushed pushed =
                wallet.push(WALLET_SCOPE, Map.of("dpop_jkt", DPoPProof.thumbprint(wallet.dpopKey())));
        String code = codeFor(wallet, pushed, Citizen.BINH.another("jkt-pushed"));

        assertRefused(
                wallet,
                code,
                pushed.authorization(),
                DPoPProof.of(OTHER_KEY, "POST", wallet.tokenEndpoint()).serialize(),
                "dpop_jkt");

        assertBoundTo(wallet.redeem(code, pushed.authorization(), wallet.proof().serialize()), wallet.dpopKey());
    }

    @Test
    void whenAPlainRequestNamesDpopJktThenTheCodeRedeemsNeitherWithoutAProofNorWithAnotherKey() {
        WalletClient wallet = publicWallet(53402);
        TestClient.Authorization authorization =
                wallet.client().authorize(WALLET_SCOPE, Map.of("dpop_jkt", DPoPProof.thumbprint(wallet.dpopKey())));
        Browser.Response atClient = login(authorization.url(), Citizen.BINH.another("jkt-plain"));
        if (!atClient.isRedirect() && "/oauth2/consent".equals(atClient.url().getPath())) {
            atClient = approve(atClient);
        }
        String code = codeFrom(atClient, authorization);

        assertRefused(wallet, code, authorization, null, "dpop_jkt");
        assertRefused(
                wallet,
                code,
                authorization,
                DPoPProof.of(OTHER_KEY, "POST", wallet.tokenEndpoint()).serialize(),
                "dpop_jkt");

        assertBoundTo(wallet.redeem(code, authorization, wallet.proof().serialize()), wallet.dpopKey());
    }

    @Test
    void whenAPushComesWithADPoPProofThenTheCodeIsBoundToItsKey() {
        WalletClient wallet = publicWallet(53403);
        long jtisBefore = jtis.count();
        WalletClient.Pushed pushed = wallet.push(
                WALLET_SCOPE,
                Map.of(),
                DPoPProof.of(wallet.dpopKey(), "POST", wallet.parEndpoint()).serialize());
        assertThat(jtis.count()).as("the push's proof is used up like any").isEqualTo(jtisBefore + 1);
        String code = codeFor(wallet, pushed, Citizen.BINH.another("jkt-par-header"));

        assertRefused(wallet, code, pushed.authorization(), null, "dpop_jkt");
        assertRefused(
                wallet,
                code,
                pushed.authorization(),
                DPoPProof.of(OTHER_KEY, "POST", wallet.tokenEndpoint()).serialize(),
                "dpop_jkt");

        assertBoundTo(wallet.redeem(code, pushed.authorization(), wallet.proof().serialize()), wallet.dpopKey());
    }

    @Test
    void whenThePushedDpopJktDisagreesWithThePushsProofThenNothingIsPushed() {
        WalletClient wallet = confidentialWallet(53404);
        long authorizations = authorizations();

        WalletClient.Pushed refused = wallet.push(
                WALLET_SCOPE,
                Map.of("dpop_jkt", DPoPProof.thumbprint(OTHER_KEY)),
                DPoPProof.of(wallet.dpopKey(), "POST", wallet.parEndpoint()).serialize());

        assertThat(refused.response().status()).as(refused.response().body()).isEqualTo(400);
        assertThat(refused.response().error()).isEqualTo("invalid_dpop_proof");
        assertThat(refused.response().get("error_description")).contains("dpop_jkt");
        assertThat(refused.requestUri()).isNull();
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenThePushsProofIsBrokenThenNothingIsPushed() {
        WalletClient wallet = confidentialWallet(53405);
        long authorizations = authorizations();

        WalletClient.Pushed refused = wallet.push(
                WALLET_SCOPE,
                Map.of(),
                DPoPProof.of(wallet.dpopKey(), "POST", wallet.tokenEndpoint()).serialize());

        assertThat(refused.response().status()).as(refused.response().body()).isEqualTo(400);
        assertThat(refused.response().error()).isEqualTo("invalid_dpop_proof");
        assertThat(refused.response().get("error_description")).contains("htu");
        assertThat(refused.requestUri()).isNull();
        assertThat(authorizations()).isEqualTo(authorizations);
    }
}
