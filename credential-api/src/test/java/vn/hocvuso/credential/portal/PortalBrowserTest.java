package vn.hocvuso.credential.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.hocvuso.credential.framework.ModuleQuiz;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.support.Learners;
import vn.hocvuso.credential.support.PortalIntegrationTest;

/**
 * The portal driven like a browser (HtmlUnit over MockMvc): links followed, buttons pressed, radio
 * buttons checked, with a logged-in learner. Every page visited is checked for the WCAG basics.
 */
class PortalBrowserTest extends PortalIntegrationTest {

    static final String BASIC = "bdhvs-digital-national-assembly";

    @Autowired
    WebApplicationContext context;

    @Autowired
    YamlProgrammeCatalog catalog;

    final List<HtmlPage> visited = new ArrayList<>();
    WebClient browser;

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void whenALearnerFollowsTheProgrammeInTheBrowserThenTheyCompleteItAndEveryPageMeetsTheBasics() throws Exception {
        browser = browserFor(Learners.oidcUser(new Learner(freshNationalId(), "pairwise-browser", null)));
        ProgrammeDefinition programme = catalog.definition(BASIC).orElseThrow();

        HtmlPage home = visit(browser.getPage("http://localhost/"));
        HtmlPage details =
                visit(home.getAnchorByText("Bình dân học vụ số – Quốc hội số").click());
        HtmlPage progress =
                visit(button(details, "Đăng ký học chương trình này").click());
        assertThat(progress.getUrl().getPath()).isEqualTo("/learn/programmes/" + BASIC);

        for (ProgrammeModule module : programme.programme().modules()) {
            progress = passModule(progress, programme, module);
        }

        assertThat(progress.asNormalizedText())
                .contains("Chứng nhận đã sẵn sàng")
                .contains("Tiến độ: đã đạt 4/4 mô-đun");
        assertThat(progress.querySelector("#certificate .certificate-offer") != null)
                .isTrue();
        HtmlPage records = visit(progress.getAnchorByText("Hồ sơ học tập").click());
        assertThat(records.querySelectorAll("tbody tr").size()).isEqualTo(6);
        HtmlPage english = visit(records.getAnchorByText("English").click());
        assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(english.asNormalizedText()).contains("My learning records").contains("Programme completed");
        HtmlPage dashboard = visit(english.getAnchorByText("My learning").click());
        assertThat(dashboard.asNormalizedText()).contains("Certificate ready").contains("Completed");

        assertThat(visited).hasSizeGreaterThan(30).allSatisfy(PortalBrowserTest::meetsTheBasics);
    }

    private HtmlPage passModule(HtmlPage progress, ProgrammeDefinition programme, ProgrammeModule module)
            throws Exception {
        DomElement card = progress.querySelector("li[data-module='" + module.id() + "']");
        HtmlPage page = visit(((HtmlAnchor) card.querySelector("a.button")).click());
        ModuleQuiz quiz = programme.quiz(module.id());
        for (int number = 0; number < quiz.size(); number++) {
            HtmlRadioButtonInput right = page.getHtmlElementById(
                    "option-" + quiz.questions().get(number).correctOptionId());
            right.setChecked(true);
            page = visit(button(page, "Lưu và tiếp tục").click());
        }
        assertThat(page.getUrl().getPath()).endsWith("/quiz/review");
        HtmlPage result = visit(button(page, "Nộp bài").click());
        assertThat(result.asNormalizedText()).contains("Chúc mừng! Bạn đã đạt mô-đun này.");
        return visit(result.getAnchorByText("Quay lại chương trình").click());
    }

    private HtmlPage visit(HtmlPage page) {
        assertThat(page.getWebResponse().getStatusCode())
                .as(page.getUrl().toString())
                .isEqualTo(200);
        visited.add(page);
        return page;
    }

    private static HtmlButton button(HtmlPage page, String text) {
        for (HtmlForm form : page.getForms()) {
            for (HtmlElement element : form.getHtmlElementDescendants()) {
                if (element instanceof HtmlButton button
                        && button.asNormalizedText().equals(text)) {
                    return button;
                }
            }
        }
        throw new AssertionError("no button '" + text + "' on " + page.getUrl());
    }

    /** WCAG 2.1 basics: the page's language, a title, one main heading, a label for every input and bar. */
    static void meetsTheBasics(HtmlPage page) {
        String where = page.getUrl().toString();
        assertThat(page.getDocumentElement().getAttribute("lang")).as(where).isIn("vi", "en");
        assertThat(page.getTitleText()).as(where).isNotBlank();
        assertThat(page.querySelectorAll("h1").size()).as(where).isEqualTo(1);
        assertThat(page.querySelector("main") != null)
                .as(where + ": a main region")
                .isTrue();
        for (DomNode node : page.querySelectorAll("input, select, textarea, progress")) {
            DomElement input = (DomElement) node;
            if (input instanceof HtmlInput field && List.of("hidden", "submit").contains(field.getTypeAttribute())) {
                continue;
            }
            String id = input.getAttribute("id");
            assertThat(id).as(where + ": an input or progress bar without id").isNotBlank();
            assertThat(page.querySelectorAll("label[for='" + id + "']").size())
                    .as(where + ": a label for #" + id)
                    .isEqualTo(1);
        }
        for (DomNode image : page.querySelectorAll("img")) {
            assertThat(((DomElement) image).hasAttribute("alt"))
                    .as(where + ": alt text")
                    .isTrue();
        }
        for (DomNode button : page.querySelectorAll("button")) {
            assertThat(button.asNormalizedText())
                    .as(where + ": a button with words")
                    .isNotBlank();
        }
    }

    private WebClient browserFor(OidcUser user) {
        WebClient client = MockMvcWebClientBuilder.mockMvcSetup(MockMvcBuilders.webAppContextSetup(context)
                        .apply(springSecurity())
                        .defaultRequest(get("/").with(oidcLogin().oidcUser(user)))
                        .build())
                .build();
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(false);
        return client;
    }
}
