package vn.hocvuso.credential.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.audit.AccessChannel;
import vn.hocvuso.credential.audit.AccessEvent;
import vn.hocvuso.credential.audit.AccessLog;
import vn.hocvuso.credential.audit.AccessOutcome;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.support.Learners;
import vn.hocvuso.credential.support.PortalIntegrationTest;

class AccessLogPageTest extends PortalIntegrationTest {

    static final Instant MORNING = Instant.parse("2026-03-02T01:30:00Z"); // 08:30 in Hà Nội

    @Autowired
    AccessLog log;

    @Autowired
    PlatformTransactionManager transactions;

    Learner learner;
    Learner someoneElse;

    @BeforeEach
    void twoLearners() {
        learner = loggedInLearner();
        someoneElse = loggedInLearner();
    }

    @Test
    void whenAgenciesLookedAtTheLearnerThenThePageListsTheirLooksInWordsNewestFirstAndNoOneElses() throws Exception {
        append(List.of(
                event(learner.key(), "annual-evaluation", "certified:basic:valid", AccessOutcome.ANSWERED, 0),
                event(someoneElse.key(), "appointment", "not-certified", AccessOutcome.ANSWERED, 60),
                event(learner.key(), "recruitment", "purpose-not-allowed", AccessOutcome.REFUSED, 120),
                event(learner.key(), "staff-census", "not-certified", AccessOutcome.ANSWERED, 180)));

        String page = page("vi");

        assertThat(page).contains("<html lang=\"vi\">");
        assertThat(page).contains("Văn phòng Quốc hội");
        assertThat(page).contains("Đánh giá, xếp loại hằng năm");
        assertThat(page).contains("Được trả lời: đã có chứng chỉ, trình độ cơ bản, đang còn hiệu lực");
        assertThat(page).contains("Bị từ chối: cơ quan không được phép tra cứu vì mục đích này");
        assertThat(page).contains("Mục đích khác (mã: staff-census)");
        assertThat(page).contains("08:30 ngày 02/03/2026").contains("datetime=\"2026-03-02T08:30:00+07:00\"");
        assertThat(page).contains("Tổng số lần tra cứu: 3");
        assertThat(page).doesNotContain("Bổ nhiệm"); // the other person's entry
        assertThat(page.indexOf("staff-census")).isLessThan(page.indexOf("Bị từ chối"));
        assertThat(page.indexOf("Bị từ chối")).isLessThan(page.indexOf("Đánh giá, xếp loại hằng năm"));
    }

    @Test
    void whenEnglishIsChosenThenTheLooksReadInEnglish() throws Exception {
        append(List.of(
                event(learner.key(), "appointment", "certified:intermediate:not-valid", AccessOutcome.ANSWERED, 0)));

        String page = page("en");

        assertThat(page).contains("<html lang=\"en\">");
        assertThat(page).contains("Who looked at my certificate status");
        assertThat(page).contains("Office of the National Assembly");
        assertThat(page).contains("Appointment");
        assertThat(page).contains("Answered: certified, intermediate level, not currently valid");
        assertThat(page).contains("Bulk staff check");
        assertThat(page).contains("2 Mar 2026, 08:30");
    }

    @Test
    void whenNobodyLookedAtTheLearnerThenThePageSaysSo() throws Exception {
        append(List.of(event(someoneElse.key(), "appointment", "not-certified", AccessOutcome.ANSWERED, 0)));

        assertThat(page("vi"))
                .contains("Chưa có cơ quan nào tra cứu tình trạng của bạn.")
                .doesNotContain("<table");
    }

    @Test
    void whenThereAreMoreLooksThanAPageHoldsThenThePagesLinkToEachOther() throws Exception {
        append(IntStream.range(0, AccessLogController.PAGE_SIZE + 5)
                .mapToObj(i -> event(learner.key(), "annual-evaluation", "not-certified", AccessOutcome.ANSWERED, i))
                .toList());

        String first = page("vi");
        String second = mvc.perform(get("/learn/access-log")
                        .param("page", "2")
                        .with(oidcLogin().oidcUser(Learners.oidcUser(learner))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(rows(first)).isEqualTo(AccessLogController.PAGE_SIZE);
        assertThat(first).contains("Trang 1 / 2").contains("/learn/access-log?page=2");
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).contains("Trang 2 / 2").contains("/learn/access-log?page=1");
    }

    @Test
    void whenTheNavigationIsShownToALoggedInLearnerThenItLinksToThePage() throws Exception {
        mvc.perform(get("/").with(oidcLogin().oidcUser(Learners.oidcUser(learner))))
                .andExpect(content().string(containsString("href=\"/learn/access-log\"")))
                .andExpect(content().string(containsString("Ai đã xem hồ sơ của tôi")));
    }

    @Test
    void whenNobodyIsLoggedInThenThePageLeadsToTheLogin() throws Exception {
        mvc.perform(get("/learn/access-log"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private String page(String language) throws Exception {
        return mvc.perform(get("/learn/access-log")
                        .param("lang", language)
                        .with(oidcLogin().oidcUser(Learners.oidcUser(learner))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int rows(String html) {
        return html.split("data-outcome=").length - 1;
    }

    private void append(List<AccessEvent> events) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> log.appendAll(events));
    }

    private static AccessEvent event(
            LearnerKey subject, String purpose, String answer, AccessOutcome outcome, int minutes) {
        return new AccessEvent(
                "agency-nao",
                purpose,
                minutes == 0 ? AccessChannel.BULK : AccessChannel.SINGLE,
                Optional.of(subject),
                answer,
                outcome,
                MORNING.plusSeconds(minutes * 60L));
    }
}
