package vn.hocvuso.credential.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.support.EmployerPage;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.PresentationRequest;
import vn.hocvuso.wallet.PresentationResponse;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;

/**
 * Acceptance, end to end with the reference wallet over real HTTP: a learner receives the
 * credential (pre-authorized code flow), an employer asks for it on the employer page, the wallet
 * verifies the signed request object and presents with selective disclosure (direct_post), the
 * employer sees "valid" and only what was disclosed; an operator revokes the credential and the
 * same presentation is refused with the reason "revoked", on the page and through the API.
 */
@ExtendWith(OutputCaptureExtension.class)
class PresentationFlowTest extends IntegrationTest {

    @Test
    void whenTheHolderPresentsNamesOnlyThenTheEmployerSeesValidAndNoBirthDateAndAfterRevocationRevoked(
            CapturedOutput log) throws Exception {
        TestLearners.Learner learner = TestLearners.fresh("Giang");
        learners.add(learner);
        completions.complete(learner.key(), TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-05-04T09:00:00Z"));
        HolderWallet wallet = wallet();
        StoredCredential credential = receive(wallet, learner);

        EmployerPage.Request request = EmployerPage.createRequest(mvc, List.of("given_name", "family_name"));
        assertThat(request.qrContent())
                .isEqualTo(request.link())
                .startsWith("openid4vp://?client_id=x509_san_dns%3Alocalhost&request_uri=");
        PresentationRequest resolved = wallet.resolvePresentationRequest(request.qrContent());
        assertThat(resolved.clientId()).isEqualTo("x509_san_dns:localhost");
        assertThat(resolved.responseUri()).isEqualTo(BASE_URL + "/oid4vp/responses");
        assertThat(wallet.requestedDisclosures(resolved)).containsExactlyInAnyOrder("given_name", "family_name");
        String presentation = wallet.presentationFor(resolved, null);

        PresentationResponse answered = wallet.submit(resolved, presentation);

        assertThat(answered.disclosed()).containsExactlyInAnyOrder("given_name", "family_name");
        String employerView = EmployerPage.show(mvc, request.pagePath(), "en");
        assertThat(employerView)
                .contains(
                        "class=\"verdict verdict-valid\"",
                        "Giang",
                        "Phạm",
                        "Digital literacy for all – Digital National Assembly")
                .doesNotContain("1990-01-01", "data-outcome=\"failed\"", "data-outcome=\"not_checked\"");
        String redirect = answered.redirectUri().orElseThrow();
        assertThat(redirect).startsWith(BASE_URL + "/verify/result?response_code=");
        String holderView = EmployerPage.show(mvc, redirect.substring(BASE_URL.length()));
        assertThat(holderView)
                .contains("class=\"verdict verdict-valid\"", "Tên", "Giang", "Bình dân học vụ số – Quốc hội số")
                .doesNotContain("1990-01-01");

        // A replayed response to the closed request is refused and changes nothing.
        Map<String, Object> before = row(resolved);
        assertThatThrownBy(() -> wallet.submit(resolved, presentation))
                .isInstanceOfSatisfying(WalletException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid_request");
                });
        assertThat(row(resolved)).isEqualTo(before);

        // The same presentation through the API: valid now.
        assertThat(api(presentation, resolved)).containsEntry("verdict", "valid");

        String credentialId = credentialId(credential);
        assertThat(operatorPost(credentialId, "revoke", "Certificate obtained by fraud")
                        .statusCode())
                .isEqualTo(200);

        // The same presentation, checked again: revoked (the local status list was dropped from the cache).
        Map<String, Object> refused = api(presentation, resolved);
        assertThat(refused).containsEntry("verdict", "invalid").containsEntry("reason", "revoked");
        assertThat(refused).doesNotContainKey("credential").isNotNull();
        // And on the employer page, for a new request answered by the same wallet.
        EmployerPage.Request again = EmployerPage.createRequest(mvc, List.of());
        wallet.respond(again.link(), null);
        String refusedView = EmployerPage.show(mvc, again.pagePath(), "en");
        assertThat(refusedView)
                .contains("class=\"verdict verdict-invalid\"", "The credential has been revoked")
                .doesNotContain("class=\"verdict verdict-valid\"");

        // The whole flow logged its verdicts, and nothing personal, no token, no secret.
        assertThat(log.getAll())
                .contains(
                        "presentation received: verdict=valid", "presentation received: verdict=invalid reason=revoked")
                .doesNotContain("Giang", "Phạm", "1990-01-01", presentation.substring(0, 40), resolved.nonce());
    }

    private StoredCredential receive(HolderWallet wallet, TestLearners.Learner learner) throws Exception {
        OfferPage.Shown offer = OfferPage.requestOffer(mvc, learner, TestCatalog.NATIONAL_ASSEMBLY);
        CredentialOffer resolved = wallet.resolveOffer(offer.qrContent());
        String token = wallet.redeem(resolved, offer.txCode());
        return wallet.requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 1)
                .get(0);
    }

    private Map<String, Object> api(String presentation, PresentationRequest request) throws Exception {
        HttpResponse<String> response = RawHttp.post(
                BASE_URL + "/api/v1/verifications",
                "application/json",
                JSONObjectUtils.toJSONString(
                        Map.of("presentation", presentation, "nonce", request.nonce(), "audience", request.clientId())),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSONObjectUtils.parse(response.body());
    }

    private Map<String, Object> row(PresentationRequest request) {
        return jdbc.sql("SELECT status, verdict, answered_at, result, response_code_hash FROM presentation_request"
                        + " WHERE state = ?")
                .param(request.state().orElseThrow())
                .query()
                .singleRow();
    }

    private String credentialId(StoredCredential credential) throws Exception {
        return jdbc.sql("SELECT id FROM issued_credential WHERE holder_key_thumbprint = ?")
                .param(credential.holderKey().computeThumbprint().toString())
                .query(String.class)
                .single();
    }
}
