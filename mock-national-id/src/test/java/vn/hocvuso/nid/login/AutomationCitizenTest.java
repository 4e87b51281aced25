package vn.hocvuso.nid.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.citizen.DemoCitizens;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/** The demo's automation citizen: a level-2 login that a browser robot completes with the documented code. */
class AutomationCitizenTest extends ProviderTestBase {

    /** The default of nid.demo.automation-citizen.one-time-code, as the README documents it. */
    static final String DOCUMENTED_CODE = "246810";

    @Test
    void whenTheAutomationCitizenTypesTheDocumentedCodeThenSheIsLoggedInAtLevelTwo() throws ParseException {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile");
        Map<String, String> response;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).submitPassword(DemoCitizens.AUTOMATION_CITIZEN, DEMO_PASSWORD);
            assertThat(browser.shownOneTimeCode()).isEqualTo(DOCUMENTED_CODE);
            browser.submitOneTimeCode(DOCUMENTED_CODE);
            response = Http.query(browser.url());
        }

        assertThat(response).containsEntry("state", request.state()).containsKey("code");
        var tokens = redeem(TestClient.MAIN, response.get("code"), request);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        var idToken = verifiedClaims((String) json(tokens.body()).get("id_token"));
        assertThat(idToken.getStringClaim("acr")).isEqualTo("urn:vn:vneid:loa:2");
        assertThat(idToken.getStringClaim("name")).isEqualTo("Vũ Thị Kiểm Thử");
    }

    @Test
    void whenTheAutomationCitizenTypesAnotherCodeThenTheCodeStepRefusesIt() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).submitPassword(DemoCitizens.AUTOMATION_CITIZEN, DEMO_PASSWORD);
            browser.submitOneTimeCode("135791");

            assertThat(browser.status()).isEqualTo(401);
            assertThat(browser.url().getPath()).isEqualTo("/login/otp");
        }
    }
}
