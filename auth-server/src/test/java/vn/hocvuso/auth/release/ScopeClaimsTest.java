package vn.hocvuso.auth.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/**
 * The profile, address, email and phone scopes (OIDC Core §5.4) and the claims parameter (§5.5):
 * claims go to userinfo, into the ID token only when the claims parameter asks, and only what the
 * citizen approved on the consent page.
 */
class ScopeClaimsTest extends FlowTest {

    private static final List<String> PERSONAL = List.of(
            "name",
            "given_name",
            "family_name",
            "birthdate",
            "gender",
            "address",
            "email",
            "email_verified",
            "phone_number",
            "phone_number_verified",
            "national_id");

    private static TestClient claimsClient() {
        return new TestClient(SERVER, "claims-rp", "http://127.0.0.1/claims", null);
    }

    /** Logs in, approves the consent page (returning what it listed) and redeems the code. */
    private Granted grant(TestClient client, String scope, Map<String, String> extra, Citizen demo) {
        // A citizen of its own: a consent given in another test would skip the consent page.
        Citizen citizen = demo.another("claims");
        TestClient.Authorization authorization = client.authorize(scope, extra);
        Browser.Response page = login(authorization.url(), citizen);
        assertThat(page.url().getPath()).as("%s %s", page.status(), page.text()).isEqualTo("/oauth2/consent");
        DomElement list = page.html().getElementById("claims");
        List<String> listed = list.getElementsByTagName("li").stream()
                .map(item -> item.getAttribute("data-claim"))
                .toList();
        String code = codeFrom(approve(page), authorization);
        TestClient.TokenResponse tokens = client.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        return new Granted(citizen, listed, tokens);
    }

    private record Granted(Citizen citizen, List<String> listed, TestClient.TokenResponse tokens) {

        Map<String, Object> idToken() {
            return claims(tokens.get("id_token"));
        }

        Map<String, Object> userinfo() {
            String answer = TestClient.bearerGet(SERVER + "/userinfo", tokens.get("access_token"));
            assertThat(answer).startsWith("200 ");
            return JsonMapper.builder()
                    .build()
                    .readValue(answer.substring(4), new TypeReference<Map<String, Object>>() {});
        }
    }

    @Test
    void whenTheEmailAndPhoneScopesAreApprovedThenUserinfoHasTheVerifiedContactsAndTheIdTokenNone() {
        Granted granted = grant(claimsClient(), "openid email phone", Map.of(), Citizen.BINH);
        Citizen citizen = granted.citizen();

        assertThat(granted.listed())
                .contains("email", "email_verified", "phone_number", "phone_number_verified")
                .doesNotContain("name", "national_id");
        assertThat(granted.userinfo())
                .containsEntry("email", citizen.email())
                .containsEntry("email_verified", true)
                .containsEntry("phone_number", citizen.phoneNumber())
                .containsEntry("phone_number_verified", true)
                .doesNotContainKeys("name", "address", "national_id");
        assertThat(granted.idToken())
                .doesNotContainKeys(PERSONAL.toArray(String[]::new))
                .containsKeys("sub", "acr", "amr", "auth_time");
    }

    @Test
    void whenTheProfileAndAddressScopesAreApprovedThenTheirClaimsGoToUserinfoOnly() {
        Granted granted = grant(claimsClient(), "openid profile address", Map.of(), Citizen.AN);

        assertThat(granted.userinfo())
                .containsEntry("name", Citizen.AN.name())
                .containsEntry("birthdate", "1989-03-15")
                .containsEntry("address", Map.of("region", "Hà Nội", "country", "VN", "province_code", "001"))
                .doesNotContainKeys("email", "phone_number");
        assertThat(granted.idToken()).doesNotContainKeys(PERSONAL.toArray(String[]::new));
        assertThat(granted.userinfo().get("sub")).isEqualTo(granted.idToken().get("sub"));
    }

    @Test
    void whenTheClaimsParameterAsksForIdTokenClaimsThenOnlyThoseJoinTheIdToken() {
        Granted granted = grant(
                claimsClient(),
                "openid profile email phone",
                Map.of("claims", "{\"id_token\":{\"email\":null,\"name\":{\"essential\":true}}}"),
                Citizen.CHAU);

        assertThat(granted.idToken())
                .containsEntry("name", Citizen.CHAU.name())
                .containsEntry("email", granted.citizen().email())
                .doesNotContainKeys("phone_number", "given_name", "birthdate");
        assertThat(granted.userinfo()).containsKeys("phone_number", "given_name", "email");
    }

    @Test
    void whenTheClaimsParameterAsksForAUserinfoClaimOutsideTheScopesThenTheCitizenApprovesItAndGetsIt() {
        Granted granted = grant(
                claimsClient(),
                "openid",
                Map.of("claims", "{\"userinfo\":{\"name\":{\"essential\":true},\"shoe_size\":null}}"),
                Citizen.AN);

        assertThat(granted.listed()).contains("name");
        assertThat(granted.userinfo()).containsEntry("name", Citizen.AN.name()).doesNotContainKey("shoe_size");
        assertThat(granted.idToken()).doesNotContainKey("name");
    }

    @Test
    void whenAnEarlierConsentDoesNotCoverAClaimAskedByNameThenTheConsentPageAsksAgain() {
        grant(claimsClient(), "openid email", Map.of(), Citizen.CHAU);
        TestClient client = claimsClient();
        TestClient.Authorization again =
                client.authorize("openid email", Map.of("claims", "{\"userinfo\":{\"birthdate\":null}}"));

        // The same browser, still logged in: no second login.
        Browser.Response page = browser.follow(browser.get(again.url()), FlowTest::ours);

        assertThat(page.url().getPath()).as("%s %s", page.status(), page.text()).isEqualTo("/oauth2/consent");
        assertThat(page.html().getElementById("claims").getElementsByTagName("li").stream()
                        .map(item -> item.getAttribute("data-claim"))
                        .toList())
                .contains("birthdate");
    }

    @Test
    void whenTheClaimsParameterAsksForAClaimOfAScopeTheClientMayNotHaveThenItIsIgnored() {
        Granted granted = grant(
                claimsClient(),
                "openid profile",
                Map.of(
                        "claims",
                        "{\"userinfo\":{\"national_id\":{\"essential\":true}},\"id_token\":{\"national_id\":null}}"),
                Citizen.AN);

        assertThat(granted.listed()).doesNotContain("national_id");
        assertThat(granted.userinfo()).doesNotContainKey("national_id").containsKey("name");
        assertThat(granted.idToken()).doesNotContainKey("national_id");
    }

    @Test
    void whenClaimsLocalesIsSentThenTheRequestSucceedsWithUntaggedClaims() {
        Granted granted = grant(claimsClient(), "openid profile", Map.of("claims_locales", "en vi"), Citizen.AN);

        assertThat(granted.userinfo()).containsEntry("family_name", "Nguyễn").doesNotContainKey("family_name#en");
    }

    @Test
    void whenTheClaimsParameterIsNotJsonThenTheClientGetsInvalidRequestAndNoCode() {
        assertRefused("{not json");
    }

    @Test
    void whenAClaimsMemberIsNotAnObjectThenTheClientGetsInvalidRequestAndNoCode() {
        assertRefused("{\"userinfo\":[\"name\"]}");
    }

    @Test
    void whenAClaimRequestIsNeitherNullNorAnObjectThenTheClientGetsInvalidRequestAndNoCode() {
        assertRefused("{\"id_token\":{\"name\":true}}");
    }

    private void assertRefused(String claims) {
        TestClient client = claimsClient();
        TestClient.Authorization authorization = client.authorize("openid profile", Map.of("claims", claims));
        long codes = codesIssued();
        long authorizations = authorizations();

        Browser.Response response = browser.get(authorization.url());

        assertThat(response.isRedirect())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        assertThat(response.location().toString()).startsWith("http://127.0.0.1/claims?");
        Map<String, String> parameters = response.locationParameters();
        assertThat(parameters)
                .containsEntry("error", "invalid_request")
                .containsEntry("state", authorization.state())
                .doesNotContainKey("code");
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).isEqualTo(authorizations);
    }
}
