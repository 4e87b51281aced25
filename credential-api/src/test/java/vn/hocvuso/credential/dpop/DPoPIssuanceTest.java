package vn.hocvuso.credential.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.Secrets;
import vn.hocvuso.credential.support.DPoPProof;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;

/**
 * DPoP-bound issuance (RFC 9449) end to end with the reference wallet: an auth-server token bound
 * by {@code cnf.jkt}, and our own pre-authorized token bound at our token endpoint; and the token
 * endpoint's refusals of bad proofs, which leave the pre-authorized code untouched.
 */
class DPoPIssuanceTest extends IntegrationTest {

    private static final String TOKEN = BASE_URL + "/oid4vci/token";
    private static final String GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    @Test
    void whenTheWalletPresentsAnAuthServerTokenBoundToItsKeyWithDPoPThenItReceivesACredential() throws Exception {
        ECKey dpopKey = Proofs.newHolderKey();
        String token = TestAuthServer.dpopWalletToken(
                TestLearners.BINH.subject(),
                BASE_URL,
                dpopKey.computeThumbprint().toString());
        HolderWallet wallet = wallet().useDPoP(dpopKey);

        List<StoredCredential> credentials =
                wallet.requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 1);

        assertThat(credentials.get(0).claims()).containsEntry("given_name", "Thị Bình");
        assertThatThrownBy(() ->
                        wallet().requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 1))
                .as("the same token as a bearer token")
                .isInstanceOfSatisfying(WalletException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.headers().get("www-authenticate")).startsWith("DPoP error=\"invalid_token\"");
                });
    }

    @Test
    void whenTheWalletRedeemsTheOfferWithDPoPThenTheTokenIsBoundAndOnlyItsKeyGetsCredentials() throws Exception {
        ECKey dpopKey = Proofs.newHolderKey();
        HolderWallet wallet = wallet().useDPoP(dpopKey);
        OfferPage.Shown page = OfferPage.requestOffer(mvc, TestLearners.AN, TestCatalog.NATIONAL_ASSEMBLY);
        CredentialOffer offer = wallet.resolveOffer(page.qrContent());

        String token = wallet.redeem(offer, page.txCode());

        assertThat(jdbc.sql("SELECT dpop_jkt FROM issuance_access_token WHERE token_hash = ?")
                        .param(Secrets.hash(token))
                        .query(String.class)
                        .single())
                .isEqualTo(dpopKey.computeThumbprint().toString());
        assertThat(wallet.requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 2))
                .hasSize(2);
        Counts before = counts();
        assertThatThrownBy(() -> wallet().useDPoP(Proofs.newHolderKey())
                        .requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 1))
                .as("another key")
                .isInstanceOfSatisfying(
                        WalletException.class,
                        e -> assertThat(e.headers().get("www-authenticate"))
                                .contains("error=\"invalid_dpop_proof\"", "not the key the access token is bound to"));
        assertThatThrownBy(() ->
                        wallet().requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 1))
                .as("bearer")
                .isInstanceOfSatisfying(
                        WalletException.class,
                        e -> assertThat(e.headers().get("www-authenticate"))
                                .startsWith("DPoP error=\"invalid_token\""));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheTokenRequestCarriesAProofForAnotherUrlThenInvalidDPoPProofAndTheCodeIsUntouched() throws Exception {
        Offer offer = newOffer();
        ECKey key = Proofs.newHolderKey();
        String proof = DPoPProof.of(key, "POST", BASE_URL + "/oid4vci/credential")
                .nonce(dpopNonce())
                .serialize();
        Grant before = grant(offer.code());
        Counts counts = counts();

        HttpResponse<String> response = redeem(offer, proof);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_dpop_proof");
        assertThat(grant(offer.code())).isEqualTo(before);
        assertThat(counts()).isEqualTo(counts);
        assertThat(redeem(
                                offer,
                                DPoPProof.of(key, "POST", TOKEN)
                                        .nonce(dpopNonce())
                                        .serialize())
                        .statusCode())
                .as("the code still works with a good proof")
                .isEqualTo(200);
    }

    @Test
    void whenTheTokenRequestProofLacksTheServerNonceThenUseDPoPNonceWithANonceAndTheCodeIsUntouched() throws Exception {
        Offer offer = newOffer();
        ECKey key = Proofs.newHolderKey();
        Grant before = grant(offer.code());
        Counts counts = counts();

        HttpResponse<String> response =
                redeem(offer, DPoPProof.of(key, "POST", TOKEN).serialize());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "use_dpop_nonce");
        String nonce = response.headers().firstValue("DPoP-Nonce").orElseThrow();
        assertThat(grant(offer.code())).isEqualTo(before);
        assertThat(counts()).isEqualTo(counts);
        HttpResponse<String> retried =
                redeem(offer, DPoPProof.of(key, "POST", TOKEN).nonce(nonce).serialize());
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(retried.body())).containsEntry("token_type", "DPoP");
    }

    @Test
    void whenTheTokenRequestProofIsUnsignedThenInvalidDPoPProofAndTheCodeIsUntouched() throws Exception {
        Offer offer = newOffer();
        Grant before = grant(offer.code());
        Counts counts = counts();

        HttpResponse<String> response = redeem(
                offer,
                DPoPProof.of(Proofs.newHolderKey(), "POST", TOKEN)
                        .nonce(dpopNonce())
                        .unsigned()
                        .serialize());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_dpop_proof");
        assertThat(grant(offer.code())).isEqualTo(before);
        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void whenTheWalletReadsTheMetadataThenTheTokenEndpointAdvertisesDPoPAlgorithms() throws Exception {
        Map<String, Object> metadata = JSONObjectUtils.parse(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/.well-known/oauth-authorization-server"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(JSONObjectUtils.getStringList(metadata, "dpop_signing_alg_values_supported"))
                .contains("ES256")
                .doesNotContain("none", "HS256");
    }

    record Offer(String code, String txCode) {}

    /** What a refused token request must leave as it was: the code's attempts and redemption. */
    record Grant(int failedAttempts, boolean redeemed, long tokens) {}

    private Offer newOffer() throws Exception {
        OfferPage.Shown page = OfferPage.requestOffer(mvc, TestLearners.AN, TestCatalog.NATIONAL_ASSEMBLY);
        CredentialOffer offer = new HolderWallet(List.of()).resolveOffer(page.deepLink());
        return new Offer(offer.preAuthorizedCode().orElseThrow(), page.txCode());
    }

    private Grant grant(String code) {
        String hash = Secrets.hash(code);
        return jdbc.sql("SELECT failed_attempts, redeemed_at,"
                        + " (SELECT COUNT(*) FROM issuance_access_token t WHERE t.code_hash = c.code_hash) AS tokens"
                        + " FROM pre_authorized_code c WHERE code_hash = ?")
                .param(hash)
                .query((rs, n) -> new Grant(
                        rs.getInt("failed_attempts"), rs.getObject("redeemed_at") != null, rs.getLong("tokens")))
                .single();
    }

    private static String dpopNonce() throws Exception {
        return DPoPRejectionTest.post(BASE_URL + "/oid4vci/nonce", Map.of(), "")
                .headers()
                .firstValue("DPoP-Nonce")
                .orElseThrow();
    }

    private static HttpResponse<String> redeem(Offer offer, String proof) throws Exception {
        String body = "grant_type=" + enc(GRANT) + "&pre-authorized_code=" + enc(offer.code()) + "&tx_code="
                + enc(offer.txCode());
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TOKEN))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("DPoP", proof)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
