package vn.hocvuso.nid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.hocvuso.nid.citizen.InvalidNationalIdException;
import vn.hocvuso.nid.citizen.NewCitizen;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/** No ID number, name or token reaches a log line, whatever happens: logins, failures, refusals. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest extends ProviderTestBase {

    @Test
    void whenCitizensLogInFailAndAreRefusedThenTheLogHoldsNoNumberNameOrToken(CapturedOutput output) {
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile address national_id");
        String idToken;
        String code;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).submitPassword(AN, "Wrong@2026");
            browser.submitPassword("07919500000x", DEMO_PASSWORD);
            browser.logIn(AN, DEMO_PASSWORD);
            code = Http.query(browser.url()).get("code");
            Map<String, Object> tokens =
                    json(redeem(TestClient.MAIN, code, request).body());
            idToken = (String) tokens.get("id_token");
            redeem(TestClient.MAIN, code, request); // a replay, logged as a warning
        }
        try {
            registry.register(new NewCitizen(
                    "003089000001", "Nguyễn", "Văn An", java.time.LocalDate.of(1989, 3, 15), "male", null, 1, "x"));
        } catch (InvalidNationalIdException expected) {
            // refused, as it should be
        }

        assertThat(idToken).isNotBlank();
        assertThat(output.getAll())
                .doesNotContain(AN)
                .doesNotContain("003089000001")
                .doesNotContain("07919500000x")
                .doesNotContain("Nguyễn")
                .doesNotContain("Văn An")
                .doesNotContain(code)
                .doesNotContain(idToken.substring(idToken.indexOf('.') + 1, idToken.lastIndexOf('.')))
                .doesNotContain(DEMO_PASSWORD);
    }
}
