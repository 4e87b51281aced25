package vn.hocvuso.auth.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.DPoPProof;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.WalletClient;
import vn.hocvuso.auth.support.WalletFlowTest;
import vn.hocvuso.auth.token.JdbcDPoPProofJtiStore;

/**
 * DPoP proofs at the token endpoint (RFC 9449 §4.3, §5): every broken proof gets
 * {@code invalid_dpop_proof}, issues nothing and leaves the code unspent; a refresh token bound to
 * a key refreshes only with a proof of that key.
 */
class DPoPTokenEndpointTest extends WalletFlowTest {

    @Autowired
    JdbcDPoPProofJtiStore jtis;

    private WalletClient wallet;
    private WalletClient.Pushed pushed;
    private String code;

    private void codeFor(String label, int port) {
        wallet = confidentialWallet(port);
        pushed = wallet.push(WALLET_SCOPE, Map.of());
        code = codeFor(wallet, pushed, Citizen.BINH.another(label));
    }

    /** Redeems with {@code proof}, expects the refusal, and checks that nothing was issued or spent. */
    private void assertRefused(DPoPProof proof, String reason) {
        long tokens = accessTokensIssued();
        long spent = spentTokens();

        TestClient.TokenResponse refused = wallet.redeem(code, pushed.authorization(), proof.serialize());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_dpop_proof");
        assertThat(refused.get("error_description")).contains(reason);
        assertThat(refused.get("access_token")).isNull();
        assertThat(accessTokensIssued()).isEqualTo(tokens);
        assertThat(spentTokens()).as("the code stays unspent").isEqualTo(spent);
    }

    @Test
    void whenTheProofNamesAnotherMethodThenNoTokenIsIssued() {
        codeFor("dpop-htm", 53301);

        assertRefused(DPoPProof.of(wallet.dpopKey(), "GET", wallet.tokenEndpoint()), "htm");
    }

    @Test
    void whenTheProofNamesAnotherUriThenNoTokenIsIssued() {
        codeFor("dpop-htu", 53302);

        assertRefused(DPoPProof.of(wallet.dpopKey(), "POST", SERVER + "/oauth2/par"), "htu");
    }

    @Test
    void whenTheProofIsStaleThenNoTokenIsIssued() {
        codeFor("dpop-iat", 53303);

        assertRefused(wallet.proof().withIat(Instant.now().minusSeconds(300)), "iat");
    }

    @Test
    void whenTheProofIsFromTheFutureThenNoTokenIsIssued() {
        codeFor("dpop-iat-future", 53304);

        assertRefused(wallet.proof().withIat(Instant.now().plusSeconds(300)), "iat");
    }

    @Test
    void whenTheProofIsUnsignedThenNoTokenIsIssued() {
        codeFor("dpop-none", 53305);

        assertRefused(wallet.proof().as("none"), "dpop+jwt");
    }

    @Test
    void whenTheProofIsSignedWithASharedSecretThenNoTokenIsIssued() {
        codeFor("dpop-hs256", 53306);

        assertRefused(wallet.proof().as("HS256"), "dpop+jwt");
    }

    @Test
    void whenTheProofCarriesAPrivateKeyThenNoTokenIsIssued() {
        codeFor("dpop-private-jwk", 53307);

        assertRefused(wallet.proof().as("private-jwk"), "dpop+jwt");
    }

    @Test
    void whenAProofIsReplayedThenTheSecondRequestIsRefusedAndTheRefreshTokenStaysUsable() {
        codeFor("dpop-replay", 53308);
        String proof = wallet.proof().serialize();
        long before = jtis.count();
        TestClient.TokenResponse tokens = wallet.redeem(code, pushed.authorization(), proof);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(jtis.count()).as("the proof's jti is in the shared store").isEqualTo(before + 1);
        long spent = spentTokens();
        long recorded = jtis.count();

        TestClient.TokenResponse replayed = wallet.refresh(tokens.get("refresh_token"), proof);

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.error()).isEqualTo("invalid_dpop_proof");
        assertThat(replayed.get("error_description")).contains("jti");
        assertThat(spentTokens()).isEqualTo(spent);
        assertThat(jtis.count()).isEqualTo(recorded);
        assertThat(wallet.refresh(tokens.get("refresh_token"), wallet.proof().serialize())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenARefreshComesWithAnotherKeyOrNoProofThenItIsRefusedAndTheRefreshTokenIsNotRotated() {
        codeFor("dpop-refresh-key", 53309);
        TestClient.TokenResponse tokens =
                wallet.redeem(code, pushed.authorization(), wallet.proof().serialize());
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        long spent = spentTokens();

        TestClient.TokenResponse otherKey = wallet.refresh(
                tokens.get("refresh_token"),
                DPoPProof.of(FakeUpstream.generate(), "POST", wallet.tokenEndpoint())
                        .serialize());
        TestClient.TokenResponse noProof = wallet.refresh(tokens.get("refresh_token"), null);

        assertThat(otherKey.status()).isEqualTo(400);
        assertThat(otherKey.error()).isEqualTo("invalid_dpop_proof");
        assertThat(otherKey.get("error_description")).contains("another key");
        assertThat(noProof.status()).isEqualTo(400);
        assertThat(noProof.error()).isEqualTo("invalid_dpop_proof");
        assertThat(spentTokens()).as("the refresh token was not rotated").isEqualTo(spent);
        assertThat(wallet.refresh(tokens.get("refresh_token"), wallet.proof().serialize())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenThePublicWalletSendsAProofThenItsTokenIsBoundAndWithoutOneItIsABearerToken() {
        WalletClient publicWallet = publicWallet(53310);
        TestClient.Authorization authorization = publicWallet.client().authorize(WALLET_SCOPE);
        String first = codeFrom(
                approveIfAsked(login(authorization.url(), Citizen.BINH.another("dpop-public"))), authorization);

        TestClient.TokenResponse bound =
                publicWallet.redeem(first, authorization, publicWallet.proof().serialize());

        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        assertThat(bound.get("token_type")).isEqualTo("DPoP");
        assertThat(claims(bound.get("access_token")))
                .containsEntry("cnf", Map.of("jkt", DPoPProof.thumbprint(publicWallet.dpopKey())));
    }

    @Test
    void whenTheStoreSeesAJtiTwiceThenTheSecondIsAReplayOnEveryInstance() {
        var value = new org.springframework.security.oauth2.jwt.DPoPProofReplayValidator.CacheValue(
                Instant.now(), Instant.now().plusSeconds(30), "thumbprint");
        String key = "jti-hash-" + System.nanoTime();

        assertThat(jtis.putIfAbsent(key, value)).isNull();
        assertThat(jtis.putIfAbsent(key, value)).isNotNull();
        assertThat(jtis.get(key)).isNotNull();
    }

    @Test
    void whenAJtiIsPastItsWindowThenTheCleanupDeletesItAndNothingElse() {
        Instant longAgo = Instant.now().minusSeconds(3600);
        String expired = "expired-jti-" + System.nanoTime();
        String live = "live-jti-" + System.nanoTime();
        jtis.putIfAbsent(
                expired,
                new org.springframework.security.oauth2.jwt.DPoPProofReplayValidator.CacheValue(
                        longAgo, longAgo.plusSeconds(30), "thumbprint"));
        jtis.putIfAbsent(
                live,
                new org.springframework.security.oauth2.jwt.DPoPProofReplayValidator.CacheValue(
                        Instant.now(), Instant.now().plusSeconds(3600), "thumbprint"));

        jtis.deleteExpired();

        assertThat(jtis.get(expired)).isNull();
        assertThat(jtis.get(live)).isNotNull();
    }

    private vn.hocvuso.auth.support.Browser.Response approveIfAsked(vn.hocvuso.auth.support.Browser.Response response) {
        return !response.isRedirect() && "/oauth2/consent".equals(response.url().getPath())
                ? approve(response)
                : response;
    }
}
