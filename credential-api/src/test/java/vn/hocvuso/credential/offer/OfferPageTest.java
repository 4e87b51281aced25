package vn.hocvuso.credential.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;

/** The learner's offer and credentials pages: login, languages, eligibility, and how the offer is kept. */
class OfferPageTest extends IntegrationTest {

    @Test
    void whenNotLoggedInThenThePagesSendTheBrowserToThePortalLogin() throws Exception {
        for (String page : new String[] {"/credentials/offer", "/credentials"}) {
            MockHttpServletResponse response =
                    mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/oauth2/authorization/auth-server");
        }
    }

    @Test
    void whenALearnerHasCompletedNothingThenThePageSaysSoInVietnameseWithoutAnOfferButton() throws Exception {
        String html = page(get("/credentials/offer").with(OfferPage.loggedIn(TestLearners.CHAU)));

        assertThat(html)
                .contains("<html lang=\"vi\">", "Bạn chưa hoàn thành chương trình nào")
                .doesNotContain("<button");
    }

    @Test
    void whenEnglishIsChosenThenThePageSpeaksEnglishAndNamesTheProgrammeInEnglish() throws Exception {
        String html = page(get("/credentials/offer").param("lang", "en").with(OfferPage.loggedIn(TestLearners.AN)));

        assertThat(html)
                .contains("<html lang=\"en\">", "Get the certificate in my wallet")
                .contains("Digital literacy for all – Digital National Assembly")
                .contains("<button type=\"submit\"");
    }

    @Test
    void whenTheLearnerAsksForAProgrammeNotCompletedThenNoOfferIsMade() throws Exception {
        long codes = count("pre_authorized_code");

        String html = page(post("/credentials/offer")
                .param("programme", TestCatalog.PUBLIC_SERVICE)
                .with(OfferPage.loggedIn(TestLearners.AN))
                .with(csrf()));

        assertThat(html).contains("Bạn chưa hoàn thành chương trình này").doesNotContain("id=\"tx-code\"");
        assertThat(count("pre_authorized_code")).isEqualTo(codes);
    }

    @Test
    void whenTheFormComesWithoutItsCsrfTokenThenItIsRefusedAndNoOfferIsMade() throws Exception {
        long codes = count("pre_authorized_code");

        int status = mvc.perform(post("/credentials/offer")
                        .param("programme", TestCatalog.NATIONAL_ASSEMBLY)
                        .with(OfferPage.loggedIn(TestLearners.AN)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(count("pre_authorized_code")).isEqualTo(codes);
    }

    @Test
    void whenAnOfferIsMadeThenThePageIsNotCachedAndTheDatabaseHoldsNoCodeInClear() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/credentials/offer")
                        .param("programme", TestCatalog.NATIONAL_ASSEMBLY)
                        .with(OfferPage.loggedIn(TestLearners.AN))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        String txCode = OfferPage.find(html, "id=\"tx-code\"[^>]*>([0-9]+)<");

        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(html).contains("alt=\"Mã QR chứa lời mời nhận chứng chỉ");
        String stored = jdbc.sql(
                        "SELECT code_hash || offer_hash || tx_code_hash || assurance_level FROM pre_authorized_code")
                .query(String.class)
                .list()
                .toString();
        assertThat(stored).doesNotContain(txCode + ",").contains("urn:vn:vneid:loa:2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pre_authorized_code WHERE tx_code_hash = ?")
                        .param(txCode)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void whenTheSubjectIsNoLearnerHereThenThePagesSayHowToBecomeOne() throws Exception {
        TestLearners.Learner stranger = TestLearners.fresh("Khách");

        assertThat(page(get("/credentials").with(OfferPage.loggedIn(stranger))))
                .contains("Hãy đăng nhập vào cổng học tập");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
