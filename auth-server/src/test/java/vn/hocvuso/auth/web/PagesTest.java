package vn.hocvuso.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.FlowTest;

/** The pages speak Vietnamese first, switch to English, and keep the accessibility basics. */
class PagesTest extends FlowTest {

    @Test
    void whenTheLoginPageOpensThenItIsInVietnameseWithOneWayInThroughVneid() {
        Browser.Response login = browser.get(SERVER + "/login");

        HtmlPage page = login.html();
        assertThat(login.status()).isEqualTo(200);
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
        assertThat(page.getTitleText()).startsWith("Đăng nhập");
        HtmlAnchor vneid = page.getHtmlElementById("login-vneid");
        assertThat(vneid.asNormalizedText()).isEqualTo("Đăng nhập bằng VNeID");
        assertThat(vneid.getHrefAttribute()).isEqualTo("/oauth2/authorization/national-id");
        assertThat(page.getByXPath("//input[@type='password']")).isEmpty();
        assertThat(page.getByXPath("//form")).isEmpty();
    }

    @Test
    void whenEnglishIsChosenThenThePageAndTheNextOnesAreInEnglish() {
        Browser.Response english = browser.get(SERVER + "/login?lang=en");
        Browser.Response next = browser.get(SERVER + "/login");

        assertThat(english.html().getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(english.text()).contains("Log in with VNeID");
        assertThat(next.text()).as("the choice is kept in a cookie").contains("Log in with VNeID");
        assertThat(browser.get(SERVER + "/login?lang=vi").text()).contains("Đăng nhập bằng VNeID");
    }

    @Test
    void whenAClientSendsTheCitizenToLogInThenTheLoginPageNamesIt() {
        Browser.Response login =
                browser.follow(browser.get(consentClient().authorize("openid").url()), FlowTest::ours);

        assertThat(login.text()).contains("„Consent test client”");
    }

    @Test
    void whenAPageIsServedThenItForbidsFramingAndInlineScripts() {
        Browser.Response login = browser.get(SERVER + "/login");

        String policy = login.page().getWebResponse().getResponseHeaderValue("Content-Security-Policy");
        assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'", "default-src 'self'");
        assertThat(login.page().getWebResponse().getResponseHeaderValue("X-Frame-Options"))
                .isEqualTo("DENY");
        assertThat(login.body()).doesNotContain("<script", "style=");
    }

    @Test
    void everyPageHasItsLanguageASkipLinkAndLabelledNavigation() {
        for (String path : new String[] {
            "/login",
            "/login/failed?reason=assurance-level",
            "/logged-out",
            "/oauth2/authorize?response_type=code&client_id=nobody&scope=openid&redirect_uri=https://x.example/cb"
        }) {
            Browser.Response response = browser.get(SERVER + path);
            HtmlPage page = response.html();
            assertThat(page.getDocumentElement().getAttribute("lang")).as(path).isIn("vi", "en");
            assertThat((Object) page.getFirstByXPath("//a[@class='skip' and @href='#main']"))
                    .as(path)
                    .isNotNull();
            assertThat((Object) page.getFirstByXPath("//main[@id='main']"))
                    .as(path)
                    .isNotNull();
            assertThat((Object) page.getFirstByXPath("//nav[@aria-label]"))
                    .as(path)
                    .isNotNull();
            assertThat(page.getByXPath("//img[not(@alt)]")).as(path).isEmpty();
        }
    }

    @Test
    void whenALoginFailedPageIsOpenedWithAnUnknownReasonThenItStillReadsWell() {
        Browser.Response page = browser.get(SERVER + "/login/failed?reason=%3Cscript%3E");

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.text()).contains("Không thể đăng nhập");
        assertThat(page.body()).doesNotContain("<script>");
    }

    @Test
    void whenTheAccountPageIsOpenedWithoutLoginThenTheLoginPageComesFirst() {
        Browser.Response account = browser.get(SERVER + "/account");

        assertThat(account.isRedirect()).isTrue();
        assertThat(account.location().getPath()).isEqualTo("/login");
    }
}
