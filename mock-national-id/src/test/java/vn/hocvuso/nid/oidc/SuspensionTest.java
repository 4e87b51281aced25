package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestCitizens;
import vn.hocvuso.nid.support.TestClient;

/** A suspension takes effect at once: on codes not yet redeemed and on access tokens already issued. */
class SuspensionTest extends ProviderTestBase {

    @Test
    void whenTheCitizenIsSuspendedBeforeTheCodeIsRedeemedThenInvalidGrantAndNoToken() {
        TestCitizens.Registered citizen = TestCitizens.register(registry, 1);
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile");
        String code;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(citizen.nationalId(), TestCitizens.PASSWORD);
            code = Http.query(browser.url()).get("code");
        }
        registry.suspend(citizen.citizen().id());

        HttpResponse<String> response = redeem(TestClient.MAIN, code, request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()))
                .containsEntry("error", "invalid_grant")
                .doesNotContainKey("id_token");
        assertThat(jdbc.sql("select count(*) from oauth2_authorization where authorization_code_value = :code"
                                + " and access_token_value is null")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void whenTheCitizenIsSuspendedThenTheirAccessTokenNoLongerOpensUserInfo() {
        TestCitizens.Registered citizen = TestCitizens.register(registry, 1);
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile");
        String accessToken;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(citizen.nationalId(), TestCitizens.PASSWORD);
            Map<String, Object> tokens =
                    json(redeem(TestClient.MAIN, Http.query(browser.url()).get("code"), request)
                            .body());
            accessToken = (String) tokens.get("access_token");
        }
        assertThat(userInfo(accessToken).statusCode()).isEqualTo(200);

        registry.suspend(citizen.citizen().id());

        HttpResponse<String> refused = userInfo(accessToken);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("Thử");
        registry.reinstate(citizen.citizen().id());
        assertThat(userInfo(accessToken).statusCode()).as("reinstated").isEqualTo(200);
    }

    private static HttpResponse<String> userInfo(String accessToken) {
        return Http.get(endpoint("/userinfo"), "Authorization", "Bearer " + accessToken);
    }
}
