package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/**
 * The whole flow as a relying party lives it: a browser on the real login pages (both assurance
 * levels, the one-time code read off the page), the authorization response with {@code iss}, the
 * token request authenticated with a real {@code private_key_jwt} assertion, and the ID token
 * checked against the published JWK set.
 */
class LoginFlowTest extends ProviderTestBase {

    @Test
    void whenLevelOneCitizenLogsInThenTheIdTokenSaysLevelOneAndHoldsNoNationalIdWithoutItsScope()
            throws ParseException {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile");
        Map<String, String> response;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);
            assertThat(browser.url().toString()).startsWith(TestClient.MAIN.redirectUri() + "?");
            response = Http.query(browser.url());
        }

        assertThat(response).containsEntry("state", request.state()).containsEntry("iss", issuer());
        assertThat(response.get("code")).isNotBlank();
        HttpResponse<String> tokens = redeem(TestClient.MAIN, response.get("code"), request);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JWTClaimsSet idToken = verifiedClaims((String) json(tokens.body()).get("id_token"));

        assertThat(idToken.getIssuer()).isEqualTo(issuer());
        assertThat(idToken.getAudience()).containsExactly(TestClient.MAIN.clientId());
        assertThat(idToken.getStringClaim("nonce")).isEqualTo(request.nonce());
        assertThat(idToken.getStringClaim("acr")).isEqualTo("urn:vn:vneid:loa:1");
        assertThat(idToken.getStringListClaim("amr")).containsExactly("pwd");
        assertThat(idToken.getDateClaim("auth_time").toInstant())
                .isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(idToken.getStringClaim("name")).isEqualTo("Lê Minh Châu");
        assertThat(idToken.getStringClaim("family_name")).isEqualTo("Lê");
        assertThat(idToken.getStringClaim("given_name")).isEqualTo("Minh Châu");
        assertThat(idToken.getStringClaim("birthdate")).isEqualTo("2002-11-20");
        assertThat(idToken.getStringClaim("gender")).isEqualTo("female");
        assertThat(idToken.getClaims()).doesNotContainKeys("national_id", "address");
        assertThat(idToken.getSubject())
                .isEqualTo(registry.findByNationalId(CHAU).orElseThrow().subject())
                .doesNotContain("048302");
        assertThat(Duration.between(
                        idToken.getIssueTime().toInstant(),
                        idToken.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void whenLevelTwoCitizenEntersTheOneTimeCodeThenTheIdTokenSaysLevelTwoAndHoldsTheGrantedClaims()
            throws ParseException {
        AuthorizationRequest request =
                AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile address national_id");
        Map<String, String> response;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).submitPassword(AN, DEMO_PASSWORD);
            String code = browser.shownOneTimeCode();
            assertThat(code).matches("[0-9]{6}");
            browser.submitOneTimeCode(code);
            response = Http.query(browser.url());
        }

        assertThat(response).containsEntry("state", request.state()).containsEntry("iss", issuer());
        HttpResponse<String> tokens = redeem(TestClient.MAIN, response.get("code"), request);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        Map<String, Object> body = json(tokens.body());
        JWTClaimsSet idToken = verifiedClaims((String) body.get("id_token"));

        assertThat(idToken.getStringClaim("acr")).isEqualTo("urn:vn:vneid:loa:2");
        assertThat(idToken.getStringListClaim("amr")).containsExactly("pwd", "otp", "mfa");
        assertThat(idToken.getStringClaim("national_id")).isEqualTo(AN);
        assertThat(idToken.getStringClaim("name")).isEqualTo("Nguyễn Văn An");
        assertThat(idToken.getJSONObjectClaim("address"))
                .containsEntry("region", "Hà Nội")
                .containsEntry("country", "VN")
                .containsEntry("province_code", "001");
        assertThat(idToken.getDateClaim("auth_time")).isNotNull();

        HttpResponse<String> userInfo =
                Http.get(endpoint("/userinfo"), "Authorization", "Bearer " + body.get("access_token"));
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(json(userInfo.body()))
                .containsEntry("sub", idToken.getSubject())
                .containsEntry("national_id", AN)
                .containsEntry("family_name", "Nguyễn")
                .containsEntry("gender", "male")
                .containsKey("address");
    }

    @Test
    void whenTheNationalIdScopeIsNotGrantedThenNeitherTheIdTokenNorUserInfoNorTheAccessTokenHoldsTheNumber()
            throws ParseException {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid address");
        Map<String, String> response;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(BINH, DEMO_PASSWORD);
            response = Http.query(browser.url());
        }
        Map<String, Object> body =
                json(redeem(TestClient.MAIN, response.get("code"), request).body());

        JWTClaimsSet idToken = verifiedClaims((String) body.get("id_token"));
        JWTClaimsSet accessToken = verifiedClaims((String) body.get("access_token"));
        HttpResponse<String> userInfo =
                Http.get(endpoint("/userinfo"), "Authorization", "Bearer " + body.get("access_token"));

        assertThat(idToken.getClaims()).doesNotContainKeys("national_id", "name", "birthdate");
        assertThat(idToken.getJSONObjectClaim("address")).containsEntry("province_code", "079");
        assertThat(idToken.getStringClaim("acr")).isEqualTo("urn:vn:vneid:loa:2");
        assertThat(json(userInfo.body()))
                .doesNotContainKeys("national_id", "name")
                .containsKey("address");
        assertThat(accessToken.toString()).doesNotContain(BINH).doesNotContain("Bình");
        assertThat(accessToken.getAudience()).containsExactly(TestClient.MAIN.clientId());
    }

    @Test
    void whenTheSameCitizenLogsInTwiceThenTheSubjectIsTheSameOpaqueValue() throws ParseException {
        List<String> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
            try (Browser browser = new Browser()) {
                browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);
                String code = Http.query(browser.url()).get("code");
                subjects.add(verifiedClaims((String)
                                json(redeem(TestClient.MAIN, code, request).body())
                                        .get("id_token"))
                        .getSubject());
            }
        }

        assertThat(subjects.get(0)).isEqualTo(subjects.get(1)).hasSizeGreaterThanOrEqualTo(22);
        assertThat(subjects.get(0)).doesNotContain(CHAU.substring(0, 6)).doesNotContain(CHAU.substring(6));
    }

    @Test
    void whenAnIdTokenIsIssuedThenTheStoredAuthorizationHoldsNoPersonalData() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile national_id");
        String code;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);
            code = Http.query(browser.url()).get("code");
        }
        assertThat(redeem(TestClient.MAIN, code, request).statusCode()).isEqualTo(200);

        List<String> stored = jdbc.sql("select attributes || coalesce(oidc_id_token_value, '')"
                        + " || coalesce(oidc_id_token_metadata, '') || coalesce(access_token_metadata, '')"
                        + " from oauth2_authorization")
                .query(String.class)
                .list();
        List<String> citizens = jdbc.sql("select national_id_enc || family_name_enc || given_name_enc from citizen")
                .query(String.class)
                .list();

        assertThat(stored)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row)
                        .doesNotContain(CHAU)
                        .doesNotContain("Châu")
                        .doesNotContain("Ch\\u00e2u"));
        assertThat(citizens)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row)
                        .doesNotContain(CHAU)
                        .doesNotContain("Lê")
                        .doesNotContain("Nguyễn"));
    }
}
