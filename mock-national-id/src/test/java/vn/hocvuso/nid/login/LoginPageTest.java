package vn.hocvuso.nid.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlLabel;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.nid.citizen.PersonalDataProtector;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestCitizens;
import vn.hocvuso.nid.support.TestClient;

/** The login pages as a citizen meets them: refusals, lockout, suspension, the code step, the language. */
class LoginPageTest extends ProviderTestBase {

    @Autowired
    PersonalDataProtector protector;

    @Test
    void whenTheIdNumberIsUnknownOrThePasswordWrongThenTheAnswerIsTheSame() {
        try (Browser unknown = new Browser();
                Browser wrongPassword = new Browser()) {
            unknown.open(endpoint("/login")).submitPassword(TestCitizens.nextNationalId(), DEMO_PASSWORD);
            wrongPassword.open(endpoint("/login")).submitPassword(CHAU, "Wrong@2026");

            assertThat(unknown.status()).isEqualTo(401).isEqualTo(wrongPassword.status());
            assertThat(unknown.textOf("login-error"))
                    .isEqualTo(wrongPassword.textOf("login-error"))
                    .isEqualTo("Số định danh cá nhân hoặc mật khẩu không đúng.");
            assertThat(unknown.url().getPath()).isEqualTo("/login");
        }
    }

    @Test
    void whenFiveWrongPasswordsAreTypedThenTheAccountIsLockedForFifteenMinutesEvenForTheRightPassword() {
        TestCitizens.Registered citizen = TestCitizens.register(registry, 1);
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
        try (Browser browser = new Browser()) {
            browser.open(request.uri());
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.submitPassword(citizen.nationalId(), "Wrong@2026-" + attempt);
                assertThat(browser.status()).as("attempt " + attempt).isEqualTo(401);
            }
            browser.submitPassword(citizen.nationalId(), "Wrong@2026-5");
            assertThat(browser.status()).isEqualTo(429);
            assertThat(browser.textOf("login-error"))
                    .contains("tạm thời bị khóa")
                    .contains("15 phút");
            long authorizations = rows("oauth2_authorization");

            browser.submitPassword(citizen.nationalId(), TestCitizens.PASSWORD);

            assertThat(browser.status()).isEqualTo(429);
            assertThat(browser.url().getPath()).isEqualTo("/login");
            assertThat(rows("oauth2_authorization")).isEqualTo(authorizations);
            assertThat(browser.open(endpoint("/")).html().getElementById("signed-in"))
                    .isNull();
        }
        Instant lockedUntil = lockedUntil(citizen.nationalId()).orElseThrow();
        assertThat(Duration.between(Instant.now(), lockedUntil))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void whenAnUnknownIdNumberGetsFiveWrongPasswordsThenItLocksJustLikeAnAccount() {
        String unknown = TestCitizens.nextNationalId();
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login"));
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.submitPassword(unknown, "Wrong@2026");
            }

            assertThat(browser.status()).isEqualTo(429);
            assertThat(browser.textOf("login-error")).contains("tạm thời bị khóa");
        }
    }

    @Test
    void whenTheRightPasswordFollowsFourWrongOnesThenTheCountStartsOver() {
        TestCitizens.Registered citizen = TestCitizens.register(registry, 1);
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login"));
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.submitPassword(citizen.nationalId(), "Wrong@2026");
            }
            browser.submitPassword(citizen.nationalId(), TestCitizens.PASSWORD);
            assertThat(browser.url().getPath()).isEqualTo("/");
        }

        assertThat(lockedUntil(citizen.nationalId())).isEmpty();
        assertThat(jdbc.sql("select count(*) from login_throttle where national_id_hash = :hash")
                        .param("hash", protector.lookupHash(citizen.nationalId()))
                        .query(Long.class)
                        .single())
                .as("the failures were forgotten")
                .isZero();
    }

    @Test
    void whenASuspendedCitizenGivesTheRightPasswordThenTheyGetTheSuspendedPageNoCodeAndNoSession() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
        long authorizations = rows("oauth2_authorization");
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).submitPassword(DUNG, DEMO_PASSWORD);

            assertThat(browser.status()).isEqualTo(403);
            assertThat(browser.url().getPath()).isEqualTo("/login");
            assertThat(browser.textOf("suspended-heading")).isEqualTo("Tài khoản đang bị tạm khóa");
            assertThat(browser.html().getElementById("simulated-otp-code"))
                    .as("no one-time code")
                    .isNull();
            assertThat(rows("oauth2_authorization")).isEqualTo(authorizations);

            browser.open(request.uri());
            assertThat(browser.url().getPath()).as("still not logged in").isEqualTo("/login");
        }
    }

    @Test
    void whenASuspendedCitizenGivesAWrongPasswordThenTheSuspensionIsNotRevealed() {
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login")).submitPassword(DUNG, "Wrong@2026");

            assertThat(browser.status()).isEqualTo(401);
            assertThat(browser.textOf("login-error")).isEqualTo("Số định danh cá nhân hoặc mật khẩu không đúng.");
        }
    }

    @Test
    void whenTheOneTimeCodeIsWrongThreeTimesThenTheLoginStartsOverAndCountsAsAFailure() {
        TestCitizens.Registered citizen = TestCitizens.register(registry, 2);
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login")).submitPassword(citizen.nationalId(), TestCitizens.PASSWORD);
            String shown = browser.shownOneTimeCode();
            String wrong = shown.equals("000000") ? "111111" : "000000";

            browser.submitOneTimeCode(wrong);
            assertThat(browser.status()).isEqualTo(401);
            assertThat(browser.textOf("otp-error")).contains("còn 2 lần thử");
            assertThat(browser.shownOneTimeCode())
                    .as("the same code stays valid")
                    .isEqualTo(shown);
            browser.submitOneTimeCode(wrong);
            browser.submitOneTimeCode(wrong);

            assertThat(browser.url().getPath()).isEqualTo("/login/otp");
            assertThat(browser.textOf("login-error")).contains("Vui lòng đăng nhập lại");
            assertThat(browser.html().getElementById("simulated-otp-code")).isNull();
            browser.open(endpoint("/login/otp"));
            assertThat(browser.url().getPath()).as("the code is gone").isEqualTo("/login");
        }
        assertThat(jdbc.sql("select failed_attempts from login_throttle where national_id_hash = :hash")
                        .param("hash", protector.lookupHash(citizen.nationalId()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void whenALevelTwoCitizenGivesOnlyThePasswordThenNoSessionIsAuthenticated() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid");
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).submitPassword(AN, DEMO_PASSWORD);
            assertThat(browser.url().getPath()).isEqualTo("/login/otp");

            browser.open(request.uri());

            assertThat(browser.url().getPath()).isEqualTo("/login");
        }
    }

    @Test
    void whenTheIdNumberIsNotTwelveDigitsThenThePageSaysSoWithoutCheckingAnything() {
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login")).submitPassword("12345", DEMO_PASSWORD);

            assertThat(browser.status()).isEqualTo(400);
            assertThat(browser.textOf("login-error")).contains("12 chữ số");
        }
    }

    @Test
    void whenThePageIsOpenedThenItIsVietnameseWithLabelledFieldsAndSwitchesToEnglish() {
        try (Browser browser = new Browser()) {
            HtmlPage vietnamese = browser.open(endpoint("/login")).html();
            assertThat(vietnamese.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
            assertThat(labelOf(vietnamese, "national_id")).isEqualTo("Số định danh cá nhân");
            assertThat(labelOf(vietnamese, "password")).isEqualTo("Mật khẩu");
            assertThat(vietnamese.querySelector("form button[type=submit]").getTextContent())
                    .isEqualTo("Đăng nhập");
            assertThat(vietnamese.querySelectorAll("img"))
                    .allSatisfy(image -> assertThat(((org.htmlunit.html.HtmlElement) image).getAttribute("alt"))
                            .isNotBlank());

            HtmlPage english = browser.open(endpoint("/login?lang=en")).html();
            assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(labelOf(english, "national_id")).isEqualTo("Personal identification number");
            assertThat(labelOf(english, "password")).isEqualTo("Password");

            HtmlPage remembered = browser.open(endpoint("/login")).html();
            assertThat(labelOf(remembered, "national_id"))
                    .as("the cookie keeps English")
                    .isEqualTo("Personal identification number");
        }
    }

    @Test
    void whenTheOneTimeCodePageIsShownThenItsFieldIsLabelled() {
        try (Browser browser = new Browser()) {
            browser.open(endpoint("/login?lang=en")).submitPassword(BINH, DEMO_PASSWORD);

            HtmlPage page = browser.html();
            assertThat(labelOf(page, "otp")).isEqualTo("Verification code (OTP)");
            assertThat(page.<HtmlInput>getElementByName("otp").getAttribute("autocomplete"))
                    .isEqualTo("one-time-code");
        }
    }

    private static String labelOf(HtmlPage page, String inputId) {
        HtmlInput input = page.getHtmlElementById(inputId);
        assertThat(input.getAttribute("name")).isEqualTo(inputId);
        HtmlLabel label = (HtmlLabel) page.querySelector("label[for=" + inputId + "]");
        assertThat(label).as("a label for " + inputId).isNotNull();
        return label.getTextContent().strip();
    }

    private Optional<Instant> lockedUntil(String nationalId) {
        return jdbc.sql("select locked_until from login_throttle where national_id_hash = :hash")
                .param("hash", protector.lookupHash(nationalId))
                .query((rs, row) -> rs.getObject("locked_until", OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
