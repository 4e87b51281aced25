package vn.hocvuso.auth.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/**
 * A third-party client gets what the citizen approved on the consent page, exactly; the citizen can
 * review and withdraw consents on the account page, which also revokes that client's tokens.
 */
class ConsentTest extends FlowTest {

    private static final Set<String> PROTOCOL_CLAIMS =
            Set.of("iss", "aud", "azp", "exp", "iat", "nonce", "sid", "jti", "nbf");

    private Browser.Response toConsentPage(TestClient client, String scope, Citizen citizen) {
        TestClient.Authorization authorization = client.authorize(scope);
        Browser.Response page = login(authorization.url(), citizen);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.url().getPath()).isEqualTo("/oauth2/consent");
        return page;
    }

    private static List<String> listed(Browser.Response page, String listId, String attribute) {
        DomElement list = page.html().getElementById(listId);
        if (list == null) {
            return List.of();
        }
        return list.getElementsByTagName("li").stream()
                .map(item -> item.getAttribute(attribute))
                .toList();
    }

    @Test
    void whenAThirdPartyAsksForProfileAndAddressThenTheConsentPageListsExactlyWhatItWillReceive() {
        Citizen citizen = Citizen.BINH.another("consent");
        TestClient client = consentClient();
        TestClient.Authorization authorization =
                client.authorize("openid profile address digital_competency_credential");
        Browser.Response page = login(authorization.url(), citizen);

        List<String> listedClaims = listed(page, "claims", "data-claim");
        assertThat(listedClaims)
                .containsExactly(
                        "sub",
                        "name",
                        "given_name",
                        "family_name",
                        "birthdate",
                        "gender",
                        "address",
                        "acr",
                        "amr",
                        "auth_time");
        assertThat(listed(page, "permissions", "data-scope")).containsExactly("digital_competency_credential");
        assertThat(page.text())
                .contains(
                        "Consent test client",
                        "Họ và tên",
                        "Ngày sinh",
                        "Tỉnh, thành phố nơi cư trú",
                        "Nhận chứng chỉ năng lực số của bạn vào ví")
                .doesNotContain("Số định danh cá nhân");

        Browser.Response atClient = approve(page);
        String code = codeFrom(atClient, authorization);
        Map<String, Object> idToken = claims(client.redeem(code, authorization).get("id_token"));
        Set<String> received = new java.util.HashSet<>(idToken.keySet());
        received.removeAll(PROTOCOL_CLAIMS);
        assertThat(received).containsExactlyInAnyOrderElementsOf(listedClaims);
        assertThat(idToken)
                .containsEntry("address", Map.of("region", "TP Hồ Chí Minh", "country", "VN", "province_code", "079"));
    }

    @Test
    void whenTheConsentPageIsInEnglishThenTheClaimsAreNamedInEnglish() {
        Browser.Response page = toConsentPage(consentClient(), "openid profile", Citizen.CHAU);

        Browser.Response english = browser.get(page.url().toString() + "&lang=en");

        assertThat(english.html().getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(english.text()).contains("Full name", "Date of birth", "Allow", "Refuse");
        assertThat(listed(english, "claims", "data-claim")).isEqualTo(listed(page, "claims", "data-claim"));
    }

    @Test
    void whenTheCitizenRefusesThenTheClientGetsAccessDeniedWithIssAndNoCode() {
        TestClient client = consentClient();
        TestClient.Authorization authorization = client.authorize("openid profile");
        Browser.Response page = login(authorization.url(), Citizen.CHAU.another("refuse"));
        long codes = codesIssued();

        Browser.Response atClient = browser.follow(browser.submit(page.html().getFormByName("deny")), FlowTest::ours);

        assertThat(atClient.locationParameters())
                .containsEntry("error", "access_denied")
                .containsEntry("state", authorization.state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenTheWalletAsksThenItsConsentPageListsOnlyThePseudonymAndTheCredentialPermission() {
        Browser.Response page = toConsentPage(demoWallet(50300), "openid digital_competency_credential", Citizen.AN);

        assertThat(listed(page, "claims", "data-claim")).containsExactly("sub", "acr", "amr", "auth_time");
        assertThat(listed(page, "permissions", "data-scope")).containsExactly("digital_competency_credential");
    }

    @Test
    void whenTheWalletAsksForTheIdNumberThenTheRequestIsRefused() {
        TestClient wallet = demoWallet(50301);

        Browser.Response response =
                browser.get(wallet.authorize("openid national_id").url());

        assertThat(response.locationParameters())
                .containsEntry("error", "invalid_scope")
                .containsEntry("iss", SERVER);
    }

    @Test
    void whenTheSameCitizenUsesTwoSectorsThenTheIdTokenSubjectsDifferAndTheAccessTokenSubjectsAgree() {
        Citizen citizen = Citizen.AN.another("sectors");
        TestClient portal = credentialPortal();
        TestClient.Authorization portalAuthorization = portal.authorize("openid");
        TestClient.TokenResponse portalTokens = portal.redeem(
                codeFrom(login(portalAuthorization.url(), citizen), portalAuthorization), portalAuthorization);
        TestClient wallet = demoWallet(50302);
        TestClient.Authorization walletAuthorization = wallet.authorize("openid digital_competency_credential");

        // Same browser session: no second upstream login, straight to the wallet's consent page.
        Browser.Response consent = browser.follow(browser.get(walletAuthorization.url()), FlowTest::ours);
        TestClient.TokenResponse walletTokens =
                wallet.redeem(codeFrom(approve(consent), walletAuthorization), walletAuthorization);

        Object portalSubject = claims(portalTokens.get("id_token")).get("sub");
        Object walletSubject = claims(walletTokens.get("id_token")).get("sub");
        assertThat(walletSubject).isNotEqualTo(portalSubject);
        assertThat(claims(walletTokens.get("access_token")).get("sub"))
                .isEqualTo(claims(portalTokens.get("access_token")).get("sub"));
        assertThat(claims(walletTokens.get("id_token"))).doesNotContainKeys("national_id", "name");
        assertThat(claims(walletTokens.get("access_token"))).doesNotContainKeys("national_id", "name");
    }

    @Test
    void whenTheCitizenWithdrawsAConsentThenItLeavesTheAccountPageAndTheClientsTokensAreRevoked() {
        Citizen citizen = Citizen.CHAU.another("withdraw");
        TestClient client = consentClient();
        TestClient.Authorization authorization = client.authorize("openid profile");
        String code = codeFrom(approve(login(authorization.url(), citizen)), authorization);
        TestClient.TokenResponse tokens = client.redeem(code, authorization);
        assertThat(client.introspect(tokens.get("access_token")).json()).containsEntry("active", true);

        Browser.Response account = browser.get(SERVER + "/account");
        assertThat(account.html().getElementById("consents")).isNotNull();
        DomElement entry = account.html().getFirstByXPath("//li[@data-client='consent-rp']");
        assertThat(entry.asNormalizedText()).contains("Consent test client", "Họ và tên");
        HtmlForm withdraw = entry.getFirstByXPath(".//form");
        Browser.Response afterWithdrawal = browser.follow(browser.submit(withdraw), FlowTest::ours);

        assertThat(afterWithdrawal.text()).contains("Đã rút lại sự cho phép");
        Object withdrawnEntry = afterWithdrawal.html().getFirstByXPath("//li[@data-client='consent-rp']");
        assertThat(withdrawnEntry).isNull();
        assertThat(client.introspect(tokens.get("access_token")).json()).containsEntry("active", false);
        assertThat(client.refresh(tokens.get("refresh_token")).error()).isEqualTo("invalid_grant");
        Browser.Response again =
                browser.follow(browser.get(client.authorize("openid profile").url()), FlowTest::ours);
        assertThat(again.url().getPath()).as("consent is asked again").isEqualTo("/oauth2/consent");
    }

    @Test
    void whenConsentWasGivenThenTheNextAuthorizationSkipsThePage() {
        Citizen citizen = Citizen.BINH.another("again");
        TestClient client = consentClient();
        TestClient.Authorization first = client.authorize("openid profile");
        codeFrom(approve(login(first.url(), citizen)), first);

        TestClient.Authorization second = client.authorize("openid profile");
        Browser.Response atClient = browser.follow(browser.get(second.url()), FlowTest::ours);

        codeFrom(atClient, second);
    }

    @Test
    void whenTheWithdrawalFormHasNoCsrfTokenThenNothingIsWithdrawn() {
        Citizen citizen = Citizen.AN.another("csrf");
        TestClient client = consentClient();
        TestClient.Authorization authorization = client.authorize("openid profile");
        codeFrom(approve(login(authorization.url(), citizen)), authorization);
        long consents = jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization_consent")
                .query(Long.class)
                .single();

        Browser.Response forged = browser.post(SERVER + "/account/consents/consent-rp/withdraw", Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization_consent")
                        .query(Long.class)
                        .single())
                .isEqualTo(consents);
    }
}
