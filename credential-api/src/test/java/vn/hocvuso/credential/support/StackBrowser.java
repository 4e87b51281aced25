package vn.hocvuso.credential.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A person's browser on the real stack (HtmlUnit, no JavaScript), and the steps every flow shares. */
public final class StackBrowser {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private StackBrowser() {}

    public static WebClient open() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return browser;
    }

    /**
     * Opens the learner portal and logs in the way a citizen does: the portal's login link,
     * auth-server's one way in ("log in with VNeID"), the simulator's login page and its one-time code.
     */
    public static HtmlPage logInToPortal(WebClient browser, RealStack stack, String nationalId) throws IOException {
        return logInToPortal(browser, stack.urls(), nationalId);
    }

    /** As {@link #logInToPortal(WebClient, RealStack, String)} at the given addresses. */
    public static HtmlPage logInToPortal(WebClient browser, StackUrls stack, String nationalId) throws IOException {
        HtmlPage login = browser.getPage(stack.credentials() + "/learn");
        HtmlPage ourProvider =
                login.getAnchorByText("Đăng nhập bằng định danh điện tử").click();
        if (!ourProvider.getUrl().toString().startsWith(stack.authServer() + "/login")) {
            fail("expected auth-server's login page, but the browser is at " + ourProvider.getUrl());
        }
        HtmlPage simulator =
                ourProvider.<HtmlAnchor>getHtmlElementById("login-vneid").click();
        return logInAtTheSimulator(stack, simulator, nationalId);
    }

    /** The simulator's login page (fields national_id, password), then its one-time code step (field otp). */
    public static HtmlPage logInAtTheSimulator(RealStack stack, HtmlPage page, String nationalId) throws IOException {
        return logInAtTheSimulator(stack.urls(), page, nationalId);
    }

    /** As {@link #logInAtTheSimulator(RealStack, HtmlPage, String)} at the given addresses. */
    public static HtmlPage logInAtTheSimulator(StackUrls stack, HtmlPage page, String nationalId) throws IOException {
        if (!page.getUrl().toString().startsWith(stack.nationalId())) {
            fail("expected auth-server to send the browser to the national-ID simulator's login page, but it is at "
                    + page.getUrl() + ":\n" + page.asNormalizedText());
        }
        form(page, "national_id").<HtmlInput>getInputByName("national_id").type(nationalId);
        form(page, "password").<HtmlInput>getInputByName("password").type(DEMO_PASSWORD);
        HtmlPage otpStep = submit(form(page, "national_id"));
        if (otpStep.getForms().stream().allMatch(f -> f.getInputsByName("otp").isEmpty())) {
            return otpStep; // a level-1 account has no second step
        }
        HtmlForm otpForm = form(otpStep, "otp");
        HtmlInput otp = otpForm.getInputByName("otp");
        if (otp.getValueAttribute().isBlank()) {
            Matcher code = Pattern.compile("\\b[0-9]{6}\\b").matcher(otpStep.asNormalizedText());
            if (!code.find()) {
                fail("the simulator's one-time code step shows no 6-digit code:\n" + otpStep.asNormalizedText());
            }
            otp.type(code.group());
        }
        return submit(otpForm);
    }

    /** Enrols in {@code programme} from its public page and passes every module's quiz; the programme's page after. */
    public static HtmlPage completeProgramme(WebClient browser, RealStack stack, String programme) throws IOException {
        return completeProgramme(browser, stack.urls(), programme);
    }

    /** As {@link #completeProgramme(WebClient, RealStack, String)} at the given addresses. */
    public static HtmlPage completeProgramme(WebClient browser, StackUrls stack, String programme) throws IOException {
        HtmlPage page = browser.getPage(stack.credentials() + "/programmes/" + programme);
        HtmlPage progress = button(page, "Đăng ký học chương trình này").click();
        for (Map<String, Object> module : modules(programme)) {
            progress = pass(progress, module);
        }
        return progress;
    }

    /** Takes a module's quiz from its card on the programme page, answering right; back on the programme page. */
    public static HtmlPage pass(HtmlPage progress, Map<String, Object> module) throws IOException {
        DomElement card = progress.querySelector("li[data-module='" + module.get("id") + "']");
        HtmlPage page = ((HtmlAnchor) card.querySelector("a.button")).click();
        for (Object entry : (List<?>) module.get("quiz")) {
            Map<?, ?> question = (Map<?, ?>) entry;
            HtmlRadioButtonInput right = page.getHtmlElementById("option-" + question.get("answer"));
            right.setChecked(true);
            page = button(page, "Lưu và tiếp tục").click();
        }
        HtmlPage result = button(page, "Nộp bài").click();
        assertThat(result.asNormalizedText()).contains("Chúc mừng! Bạn đã đạt mô-đun này.");
        return result.getAnchorByText("Quay lại chương trình").click();
    }

    /** The programme's modules with their quizzes, read from the programme file the app ships. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> modules(String programme) throws IOException {
        try (InputStream file = StackBrowser.class.getResourceAsStream("/framework/programmes.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(file);
            for (Object entry : (List<Object>) root.get("programmes")) {
                Map<String, Object> fields = (Map<String, Object>) entry;
                if (programme.equals(fields.get("id"))) {
                    return (List<Map<String, Object>>) fields.get("modules");
                }
            }
        }
        throw new IllegalStateException("no programme " + programme + " in framework/programmes.yaml");
    }

    public static HtmlForm form(HtmlPage page, String field) {
        for (HtmlForm form : page.getForms()) {
            if (!form.getInputsByName(field).isEmpty()) {
                return form;
            }
        }
        throw new AssertionError(
                "no form with a field '" + field + "' on " + page.getUrl() + ":\n" + page.asNormalizedText());
    }

    public static HtmlPage submit(HtmlForm form) throws IOException {
        for (HtmlElement element : form.getHtmlElementDescendants()) {
            if (element instanceof HtmlButton button && "submit".equals(button.getTypeAttribute())) {
                return button.click();
            }
        }
        throw new AssertionError(
                "no submit button in the form on " + form.getPage().getUrl());
    }

    public static HtmlButton button(HtmlPage page, String text) {
        for (HtmlForm form : page.getForms()) {
            for (HtmlElement element : form.getHtmlElementDescendants()) {
                if (element instanceof HtmlButton button
                        && button.asNormalizedText().equals(text)) {
                    return button;
                }
            }
        }
        throw new AssertionError("no button '" + text + "' on " + page.getUrl() + ":\n" + page.asNormalizedText());
    }
}
