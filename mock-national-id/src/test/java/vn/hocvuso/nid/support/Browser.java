package vn.hocvuso.nid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * A browser (HtmlUnit) on the provider's real pages: it follows redirects, keeps cookies, fills the
 * login form by its field names and presses the real submit buttons, as a citizen would.
 */
public final class Browser implements AutoCloseable {

    private final WebClient web = new WebClient();
    private Page page;

    public Browser() {
        web.getOptions().setJavaScriptEnabled(false);
        web.getOptions().setCssEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        web.getOptions().setRedirectEnabled(true);
    }

    public Browser open(URI uri) {
        try {
            page = web.getPage(uri.toURL());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types the ID number and password on the login page and presses the submit button. */
    public Browser submitPassword(String nationalId, String password) {
        HtmlPage login = html();
        assertThat(login.getUrl().getPath()).as("the login page").isEqualTo("/login");
        login.<HtmlInput>getElementByName("national_id").setValue(nationalId);
        login.<HtmlInput>getElementByName("password").setValue(password);
        return press(login);
    }

    /** The one-time code the simulator shows on the second-step page (its stand-in for a text message). */
    public String shownOneTimeCode() {
        HtmlPage otp = html();
        assertThat(otp.getUrl().getPath()).as("the one-time code page").isEqualTo("/login/otp");
        return otp.getElementById("simulated-otp-code").getTextContent().strip();
    }

    public Browser submitOneTimeCode(String code) {
        HtmlPage otp = html();
        otp.<HtmlInput>getElementByName("otp").setValue(code);
        return press(otp);
    }

    /** Logs in through both steps when the account needs them, reading the code off the page. */
    public Browser logIn(String nationalId, String password) {
        submitPassword(nationalId, password);
        if (url().getPath().equals("/login/otp")) {
            submitOneTimeCode(shownOneTimeCode());
        }
        return this;
    }

    private Browser press(HtmlPage form) {
        HtmlButton submit = (HtmlButton) form.querySelector("form button[type=submit]");
        try {
            page = submit.click();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HtmlPage html() {
        assertThat(page).as("an HTML page").isInstanceOf(HtmlPage.class);
        return (HtmlPage) page;
    }

    public URI url() {
        try {
            return page.getUrl().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return page.getWebResponse().getStatusCode();
    }

    public String text() {
        return html().asNormalizedText();
    }

    public String textOf(String id) {
        HtmlElement element = html().getHtmlElementById(id);
        return element.getTextContent().strip();
    }

    @Override
    public void close() {
        web.close();
    }
}
