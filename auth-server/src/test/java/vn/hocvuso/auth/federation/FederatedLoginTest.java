package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

class FederatedLoginTest extends FlowTest {

    @Test
    void whenACitizenLogsInThroughTheUpstreamThenTheClientGetsACodeWithIssAndState() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid profile national_id");

        Browser.Response atClient = login(authorization.url(), Citizen.AN);

        String code = codeFrom(atClient, authorization);
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        Map<String, Object> idToken = claims(tokens.get("id_token"));
        assertThat(idToken).containsEntry("national_id", Citizen.AN.nationalId());
        assertThat(idToken).containsEntry("name", Citizen.AN.name());
        assertThat(idToken).containsEntry("acr", Citizen.LEVEL_2);
        assertThat(idToken).containsEntry("nonce", authorization.nonce());
    }

    @Test
    void whenTheLoginStartsThenTheUpstreamRequestHasPkceStateNonceAndOurRedirectUri() {
        UpstreamRequest request =
                startLogin(credentialPortal().authorize("openid").url());

        assertThat(request.get("response_type")).isEqualTo("code");
        assertThat(request.get("client_id")).isEqualTo("auth-server");
        assertThat(request.redirectUri()).isEqualTo(SERVER + "/login/oauth2/code/national-id");
        assertThat(request.get("code_challenge_method")).isEqualTo("S256");
        assertThat(request.get("code_challenge")).isNotBlank();
        assertThat(request.state()).isNotBlank();
        assertThat(request.nonce()).isNotBlank();
        assertThat(request.get("scope").split(" ")).contains("openid", "profile", "address", "national_id");
        assertThat(request.get("acr_values")).isNull();
    }
}
