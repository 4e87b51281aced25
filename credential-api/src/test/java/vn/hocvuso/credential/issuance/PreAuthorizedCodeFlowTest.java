package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;

/**
 * End to end, as far as this branch allows: a learner who completed the programme gets an offer on
 * the portal page, the reference wallet scans it, redeems the code with the transaction code,
 * receives two credentials in one batch, verifies them against the issuer metadata and the x5c
 * chain; an operator revokes one, and its status list entry says invalid.
 */
class PreAuthorizedCodeFlowTest extends IntegrationTest {

    @Test
    void whenLearnerTakesTheOfferThenTheWalletHoldsVerifiedCredentialsAndRevocationShowsInTheStatusList()
            throws Exception {
        TestLearners.Learner learner = TestLearners.fresh("Dũng");
        learners.add(learner);
        completions.complete(
                learner.key(), TestCatalog.NATIONAL_ASSEMBLY, java.time.Instant.parse("2026-04-01T09:00:00Z"));

        OfferPage.Shown page = OfferPage.requestOffer(mvc, learner, TestCatalog.NATIONAL_ASSEMBLY);
        assertThat(page.qrContent())
                .isEqualTo(page.deepLink())
                .startsWith("openid-credential-offer://?credential_offer_uri=");
        assertThat(page.txCode()).hasSize(6);
        assertThat(page.html()).doesNotContain(page.txCode() + "\"").contains("alt=\"");

        HolderWallet wallet = wallet();
        CredentialOffer offer = wallet.resolveOffer(page.qrContent());
        assertThat(offer.credentialIssuer()).isEqualTo(BASE_URL);
        assertThat(offer.configurationIds()).containsExactly(DigitalCompetencyCredential.CONFIGURATION_ID);
        assertThat(offer.txCodeRequired()).isTrue();
        String accessToken = wallet.redeem(offer, page.txCode());

        List<StoredCredential> credentials =
                wallet.requestCredentials(BASE_URL, accessToken, DigitalCompetencyCredential.CONFIGURATION_ID, 2);

        assertThat(credentials).hasSize(2);
        StoredCredential first = credentials.get(0);
        assertThat(first.claims())
                .containsEntry("iss", BASE_URL)
                .containsEntry("vct", BASE_URL + "/vct/digital-competency")
                .containsEntry("given_name", "Dũng")
                .containsEntry("family_name", "Phạm")
                .containsEntry("birthdate", "1990-01-01")
                .containsEntry("issued_on", "2026-04-01T09:00:00Z");
        assertThat(first.issuerSigned().getHeader().getType().getType()).isEqualTo("dc+sd-jwt");
        assertThat(first.x5c()).hasSize(2).last().isEqualTo(root());
        assertThat(first.disclosures())
                .extracting(d -> d.getClaimName())
                .containsExactlyInAnyOrder("given_name", "family_name", "birthdate");
        assertThat(first.issuerSigned().getPayload().toJSONObject())
                .doesNotContainKeys("given_name", "family_name", "birthdate");
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) first.claims().get("achievement");
        assertThat(achievement)
                .containsEntry("name", "Bình dân học vụ số – Quốc hội số")
                .containsEntry("achievementType", "Certificate")
                .containsEntry("level", "basic");
        assertThat(String.valueOf(achievement.get("alignment"))).contains("1.1", "2.1", "4.2", "6.1");
        assertThat(String.valueOf(first.claims().get("evidence"))).contains("urn:vn:vneid:loa:2");
        assertThat(first.holderKey().getKeyID())
                .isNotEqualTo(credentials.get(1).holderKey().getKeyID());
        assertThat(first.statusListReference().get("idx"))
                .isNotEqualTo(credentials.get(1).statusListReference().get("idx"));
        String everything = first.sdJwt()
                + new String(
                        Base64.getUrlDecoder()
                                .decode(first.parsed().getCredentialJwt().split("\\.")[1]),
                        StandardCharsets.UTF_8);
        assertThat(everything).doesNotContain(learner.subject());

        assertThatThrownBy(() -> wallet.redeem(offer, page.txCode()))
                .isInstanceOfSatisfying(
                        WalletException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));

        assertThat(wallet.statusOf(first)).isZero();
        String credentialId = jdbc.sql("SELECT id FROM issued_credential WHERE holder_key_thumbprint = ?")
                .param(first.holderKey().computeThumbprint().toString())
                .query(String.class)
                .single();
        HttpResponse<String> revoked = operator(
                "/api/v1/operator/credentials/" + credentialId + "/revoke",
                "{\"reason\":\"Certificate obtained with borrowed credentials\"}");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("\"status\":\"revoked\"", "\"operator\":\"operator\"");

        assertThat(wallet.statusOf(first)).isEqualTo(1);
        assertThat(wallet.statusOf(credentials.get(1))).isZero();

        String myCredentials = mvc.perform(
                        get("/credentials").param("lang", "en").with(OfferPage.loggedIn(learner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(myCredentials).contains("Revoked", "Valid", "Digital literacy for all – Digital National Assembly");
    }

    private HttpResponse<String> operator(String path, String json) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString(("operator:" + operatorPassword()).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + path))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
