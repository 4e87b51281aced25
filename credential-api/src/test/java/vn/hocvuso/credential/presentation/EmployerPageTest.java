package vn.hocvuso.credential.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.hocvuso.credential.support.EmployerPage;
import vn.hocvuso.credential.support.IntegrationTest;

/** The employer's pages: Vietnamese first with an English switch, labelled inputs, a protected form. */
class EmployerPageTest extends IntegrationTest {

    @Test
    void whenAnEmployerOpensTheStartPageThenItSpeaksVietnameseAndEveryInputHasALabel() throws Exception {
        String html = EmployerPage.show(mvc, "/verify");

        assertThat(html)
                .contains("<html lang=\"vi\"", "Xác minh chứng chỉ", "Tạo yêu cầu xác minh", "href=\"?lang=en\"");
        Matcher inputs =
                Pattern.compile("<input type=\"checkbox\"[^>]*id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (inputs.find()) {
            assertThat(html).contains("<label for=\"" + inputs.group(1) + "\"");
            count++;
        }
        assertThat(count).isEqualTo(4);
    }

    @Test
    void whenTheEmployerSwitchesToEnglishThenThePageAndTheCookieSayEnglish() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/verify").param("lang", "en")).andReturn().getResponse();

        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"en\"", "Verify a certificate", "Date of birth");
        assertThat(response.getCookie("CREDENTIALS_LANG")).isNotNull();
    }

    @Test
    void whenTheFormIsPostedWithoutItsCsrfTokenThenItIsRefusedAndNoRequestIsMade() throws Exception {
        long before = count("presentation_request");

        int status = mvc.perform(post("/verify").param("claim", "given_name"))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(count("presentation_request")).isEqualTo(before);
    }

    @Test
    void whenTheFormNamesAnUnknownClaimThenItIsIgnored() throws Exception {
        EmployerPage.Request request = EmployerPage.createRequest(mvc, List.of("national_id", "birthdate"));

        assertThat(request.html()).contains("Ngày sinh").doesNotContain("national_id");
        String claims = jdbc.sql(
                        "SELECT claims FROM presentation_request ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class)
                .single();
        assertThat(claims).isEqualTo("BIRTHDATE");
        assertThat(mvc.perform(post("/verify").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }
}
