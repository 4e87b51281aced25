package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

/** A client configured for assurance level 2 gets it asked for upstream, enforced on return, and stepped up to. */
class AssuranceLevelTest extends FlowTest {

    @Test
    void whenALevel2ClientWaitsThenLevel2IsAskedUpstreamAndCarriedIntoTheTokens() {
        TestClient client = level2Client();
        TestClient.Authorization authorization = client.authorize("openid profile");
        UpstreamRequest request = startLogin(authorization.url());
        assertThat(request.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
        UPSTREAM.answer(request, Citizen.AN);

        Browser.Response atClient = finishLogin(request, successfulResponse(request));

        TestClient.TokenResponse tokens = client.redeem(codeFrom(atClient, authorization), authorization);
        assertThat(claims(tokens.get("id_token"))).containsEntry("acr", Citizen.LEVEL_2);
        assertThat(claims(tokens.get("access_token"))).containsEntry("acr", Citizen.LEVEL_2);
    }

    @Test
    void whenTheUpstreamCannotMeetLevel2ThenTheCitizenIsToldWhyAndNothingIsIssued() {
        TestClient.Authorization authorization = level2Client().authorize("openid profile");
        UpstreamRequest request = startLogin(authorization.url());
        long accounts = accounts();
        long codes = codesIssued();

        Browser.Response page = finishLogin(
                request,
                Map.of(
                        "error",
                        "unmet_authentication_requirements",
                        "state",
                        request.state(),
                        "iss",
                        UPSTREAM.issuer()));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text()).contains("mức độ 2");
        assertThat(accounts()).isEqualTo(accounts);
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenTheUpstreamAnswersLevel1ForALevel2ClientThenTheLoginIsRefusedAsInsufficient() {
        TestClient.Authorization authorization = level2Client().authorize("openid profile");
        UpstreamRequest request = startLogin(authorization.url());
        UPSTREAM.answer(request, Citizen.CHAU.another("insufficient"));
        long accounts = accounts();

        Browser.Response page = finishLogin(request, successfulResponse(request));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().getElementById("main").getAttribute("data-reason"))
                .isEqualTo("assurance-level");
        assertThat(accounts()).isEqualTo(accounts);
    }

    @Test
    void whenALevel1SessionMeetsALevel2ClientThenTheCitizenLogsInAgainAtLevel2BeforeAnyCode() {
        Citizen citizen = Citizen.AN.another("step-up");
        TestClient portal = credentialPortal();
        TestClient.Authorization portalAuthorization = portal.authorize("openid");
        UpstreamRequest first = startLogin(portalAuthorization.url());
        UPSTREAM.answer(first, citizen.withLevel(1));
        codeFrom(finishLogin(first, successfulResponse(first)), portalAuthorization);
        long codes = codesIssued();

        TestClient client = level2Client();
        TestClient.Authorization authorization = client.authorize("openid profile");
        UpstreamRequest stepUp = toUpstream(browser.get(authorization.url()));

        assertThat(stepUp.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
        assertThat(codesIssued()).as("no code before the step-up").isEqualTo(codes);
        UPSTREAM.answer(stepUp, citizen);
        String code = codeFrom(finishLogin(stepUp, successfulResponse(stepUp)), authorization);
        assertThat(claims(client.redeem(code, authorization).get("id_token"))).containsEntry("acr", Citizen.LEVEL_2);
    }
}
