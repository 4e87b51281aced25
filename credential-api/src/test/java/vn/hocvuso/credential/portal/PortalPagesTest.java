package vn.hocvuso.credential.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.ResultActions;
import vn.hocvuso.credential.framework.ModuleQuiz;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.QuizQuestion;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningEvent;
import vn.hocvuso.credential.learning.LearningEventType;
import vn.hocvuso.credential.learning.ProgrammeCompletions;
import vn.hocvuso.credential.support.Counts;
import vn.hocvuso.credential.support.Learners;
import vn.hocvuso.credential.support.PortalIntegrationTest;

class PortalPagesTest extends PortalIntegrationTest {

    static final String BASIC = "bdhvs-digital-national-assembly";

    @Autowired
    YamlProgrammeCatalog catalog;

    @Autowired
    JdbcLearningRecords records;

    @Autowired
    ProgrammeCompletions completions;

    @Test
    void whenAVisitorOpensTheHomePageThenItIsInVietnameseWithItsLanguageDeclared() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\">")))
                .andExpect(content().string(containsString("Bình dân học vụ số – Quốc hội số")))
                .andExpect(content().string(containsString("Đăng nhập")));
    }

    @Test
    void whenEnglishIsChosenThenThePagesSwitchAndTheChoiceIsRemembered() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Digital literacy for all – Digital National Assembly")))
                .andExpect(cookie().value("CREDENTIALS_LANG", "en"));

        mvc.perform(get("/programmes/" + BASIC).cookie(new Cookie("CREDENTIALS_LANG", "en")))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Pass mark: 70%")));
    }

    @Test
    void whenAnUnsupportedLanguageIsAskedForThenThePageStaysVietnamese() throws Exception {
        mvc.perform(get("/").param("lang", "fr").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("<html lang=\"vi\">")));
    }

    @Test
    void whenNobodyIsLoggedInThenLearnerPagesLeadToTheLoginPage() throws Exception {
        mvc.perform(get("/learn")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/oauth2/authorization/auth-server")));
    }

    @Test
    void whenTheSessionHasNoNationalIdThenPortalPagesRefuseWithAReadablePageAndRecordNothing() throws Exception {
        Counts before = counts();
        OidcUser withoutNationalId = Learners.oidcUser("pairwise-" + UUID.randomUUID(), claims -> {
            claims.put("given_name", "Minh");
            claims.put("family_name", "Lê");
            claims.put("birthdate", "2000-01-01");
            claims.put("acr", "urn:vn:vneid:loa:1");
        });

        mvc.perform(get("/learn").with(oidcLogin().oidcUser(withoutNationalId)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("không cung cấp số định danh cá nhân")));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenALearnerEnrolsAndPassesEveryModuleThenTheProgrammeIsCompletedAndTheRecordsShowEachStep() throws Exception {
        Learner learner = newLearner();
        OidcUser user = Learners.oidcUser(learner);

        mvc.perform(post("/learn/programmes/" + BASIC + "/enrolment")
                        .with(oidcLogin().oidcUser(user))
                        .with(csrf()))
                .andExpect(redirectedUrl("/learn/programmes/" + BASIC));
        ProgrammeDefinition programme = catalog.definition(BASIC).orElseThrow();
        for (ProgrammeModule module : programme.programme().modules()) {
            passModule(user, programme, module);
        }

        page(user, "/learn/programmes/" + BASIC)
                .andExpect(content().string(containsString("id=\"certificate\"")))
                .andExpect(content().string(containsString("Chứng nhận đã sẵn sàng")))
                .andExpect(content().string(containsString("class=\"certificate-offer\"")));
        page(user, "/learn/records")
                .andExpect(content().string(containsString("data-event=\"ENROLLED\"")))
                .andExpect(content().string(containsString("data-event=\"PROGRAMME_COMPLETED\"")))
                .andExpect(content().string(containsString("Hoàn thành chương trình")));
        assertThat(records.of(learner.key()))
                .extracting(LearningEvent::type)
                .containsExactly(
                        LearningEventType.ENROLLED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.PROGRAMME_COMPLETED);
        assertThat(records.of(learner.key()))
                .allSatisfy(event -> assertThat(event.source().value()).isEqualTo("quiz"));
        assertThat(completions.find(learner.key(), BASIC)).isPresent();
    }

    @Test
    void whenAnswersAreSavedThenTheQuizResumesAtTheFirstUnansweredQuestionAndKeepsOneAnswerPerQuestion()
            throws Exception {
        Learner learner = newLearner();
        OidcUser user = Learners.oidcUser(learner);
        enrol(user);
        ModuleQuiz quiz = catalog.definition(BASIC).orElseThrow().quiz("safety");
        String base = "/learn/programmes/" + BASIC + "/modules/safety/quiz";

        answer(user, base, 1, quiz.questions().get(0).correctOptionId())
                .andExpect(redirectedUrl(base + "/questions/2"));
        answer(user, base, 2, "a").andExpect(redirectedUrl(base + "/questions/3"));
        answer(user, base, 1, "d");

        mvc.perform(get(base).with(oidcLogin().oidcUser(user))).andExpect(redirectedUrl(base + "/questions/3"));
        assertThat(answers(learner)).isEqualTo(2);
        page(user, base + "/questions/1").andExpect(content().string(containsString("value=\"d\" checked")));
        assertThat(records.of(learner.key()))
                .extracting(LearningEvent::type)
                .containsExactly(LearningEventType.ENROLLED);
    }

    @Test
    void whenAQuestionPageIsShownThenNothingOnItTellsTheRightAnswer() throws Exception {
        Learner learner = newLearner();
        OidcUser user = Learners.oidcUser(learner);
        enrol(user);
        QuizQuestion question = catalog.definition(BASIC)
                .orElseThrow()
                .quiz("safety")
                .questions()
                .get(1);

        String html = page(user, "/learn/programmes/" + BASIC + "/modules/safety/quiz/questions/2")
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (var option : question.options()) {
            assertThat(html)
                    .contains("<input type=\"radio\" name=\"option\" id=\"option-" + option.id() + "\" value=\""
                            + option.id() + "\">");
        }
        assertThat(html).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("answer\":");
    }

    @Test
    void whenAQuizIsFailedThenItCannotBeRetakenBeforeTheCoolDownAndThePagesSayFromWhen() throws Exception {
        Learner learner = newLearner();
        OidcUser user = Learners.oidcUser(learner);
        enrol(user);
        ModuleQuiz quiz = catalog.definition(BASIC).orElseThrow().quiz("information");
        String module = "/learn/programmes/" + BASIC + "/modules/information";
        for (int number = 1; number <= quiz.size(); number++) {
            answer(user, module + "/quiz", number, wrong(quiz.questions().get(number - 1)));
        }

        mvc.perform(post(module + "/quiz/submission")
                        .with(oidcLogin().oidcUser(user))
                        .with(csrf()))
                .andExpect(redirectedUrl(module + "/result"));

        page(user, module + "/result")
                .andExpect(content().string(containsString("Bạn chưa đạt mô-đun này.")))
                .andExpect(content().string(containsString("Điểm của bạn: 0% (điểm đạt: 70%)")))
                .andExpect(content().string(containsString("Bạn có thể làm lại bài kiểm tra từ")));
        mvc.perform(get(module + "/quiz/questions/1").with(oidcLogin().oidcUser(user)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Bạn chưa thể làm lại bài kiểm tra này")));
        Counts before = counts();
        answer(user, module + "/quiz", 1, "a").andExpect(status().isConflict());
        assertThat(counts()).isEqualTo(before);
        page(user, "/learn/programmes/" + BASIC)
                .andExpect(content().string(containsString("data-module=\"information\" data-state=\"WAITING\"")));
        assertThat(records.of(learner.key()))
                .filteredOn(event -> event.type() == LearningEventType.MODULE_FAILED)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.score()).contains(0);
                    assertThat(event.source().value()).isEqualTo("quiz");
                });
    }

    @Test
    void whenNoOptionIsChosenThenTheQuestionAsksForOneAndNothingIsSaved() throws Exception {
        OidcUser user = Learners.oidcUser(newLearner());
        enrol(user);
        Counts before = counts();

        mvc.perform(post("/learn/programmes/" + BASIC + "/modules/safety/quiz/questions/1")
                        .with(oidcLogin().oidcUser(user))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy chọn một đáp án")));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenAnOptionOfNoSuchAnswerIsPostedThenItIsRefusedAndNothingIsSaved() throws Exception {
        OidcUser user = Learners.oidcUser(newLearner());
        enrol(user);
        Counts before = counts();

        answer(user, "/learn/programmes/" + BASIC + "/modules/safety/quiz", 1, "zz")
                .andExpect(status().isBadRequest());

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenAnIncompleteQuizIsSubmittedThenItIsRefusedAndNothingIsRecorded() throws Exception {
        OidcUser user = Learners.oidcUser(newLearner());
        enrol(user);
        answer(user, "/learn/programmes/" + BASIC + "/modules/safety/quiz", 1, "a");
        Counts before = counts();

        mvc.perform(post("/learn/programmes/" + BASIC + "/modules/safety/quiz/submission")
                        .with(oidcLogin().oidcUser(user))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Hãy trả lời tất cả các câu hỏi")));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenALearnerIsNotEnrolledThenTheQuizIsRefused() throws Exception {
        OidcUser user = Learners.oidcUser(newLearner());

        mvc.perform(get("/learn/programmes/" + BASIC + "/modules/safety/quiz")
                        .with(oidcLogin().oidcUser(user)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Bạn cần đăng ký chương trình")));
    }

    @Test
    void whenAFormIsPostedWithoutItsCsrfTokenThenItIsRejected() throws Exception {
        OidcUser user = Learners.oidcUser(newLearner());
        Counts before = counts();

        mvc.perform(post("/learn/programmes/" + BASIC + "/enrolment")
                        .with(oidcLogin().oidcUser(user)))
                .andExpect(status().isForbidden());

        assertThat(counts().events()).isEqualTo(before.events());
    }

    @Test
    void whenTheDemoLearnersLogInThenTheirSeededProgressShows() throws Exception {
        OidcUser an = Learners.oidcUser("001089000001", "pairwise-an", "Văn An", "Nguyễn", "urn:vn:vneid:loa:2");
        OidcUser binh = Learners.oidcUser("079195000002", "pairwise-binh", "Thị Bình", "Trần", "urn:vn:vneid:loa:2");
        OidcUser chau = Learners.oidcUser("048302000003", "pairwise-chau", "Minh Châu", "Lê", "urn:vn:vneid:loa:1");

        page(an, "/learn")
                .andExpect(content().string(containsString("Xin chào, Văn An!")))
                .andExpect(content().string(containsString("Chứng nhận đã sẵn sàng")));
        page(binh, "/learn/programmes/" + BASIC)
                .andExpect(content().string(containsString("Tiến độ: đã đạt 2/4 mô-đun")))
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(not(containsString("id=\"certificate\""))));
        page(chau, "/learn/programmes/" + BASIC)
                .andExpect(content().string(containsString("Bạn chưa đăng ký chương trình này.")));
    }

    @Test
    void whenTheFrameworkAndProgrammesAreFetchedThenTheyAreServedAsJsonWithoutAnswers() throws Exception {
        mvc.perform(get("/api/v1/framework"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2026.1"))
                .andExpect(jsonPath("$.areas.length()").value(6))
                .andExpect(jsonPath("$.areas[0].name.vi").value("Khai thác dữ liệu và thông tin"))
                .andExpect(jsonPath("$.areas[0].competencies[0].digCompId").value("1.1"))
                .andExpect(jsonPath("$.areas[5].competencies[0].digCompId").doesNotExist())
                .andExpect(jsonPath("$.proficiencyLevels[7].group").value("specialised"));
        String programmes = mvc.perform(get("/api/v1/programmes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmes[0].id").value(BASIC))
                .andExpect(jsonPath("$.programmes[0].level").value("basic"))
                .andExpect(jsonPath("$.programmes[1].level").value("intermediate"))
                .andExpect(jsonPath("$.programmes[0].modules[0].passMark").value(70))
                .andExpect(
                        jsonPath("$.programmes[0].credential.achievementType").value("Certificate"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(programmes)
                .doesNotContain("\"answer\"")
                .doesNotContain("\"options\"")
                .doesNotContain("\"prompt\"");
    }

    @Test
    void whenAnUnknownProgrammeOrApiPathIsAskedForThenTheAnswerIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/programmes/no-such-programme"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:unknown-programme"));
        mvc.perform(get("/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/framework"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/programmes/no-such-programme"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Không có chương trình này.")));
    }

    private void passModule(OidcUser user, ProgrammeDefinition programme, ProgrammeModule module) throws Exception {
        String base = "/learn/programmes/" + programme.id() + "/modules/" + module.id();
        ModuleQuiz quiz = programme.quiz(module.id());
        mvc.perform(get(base + "/quiz").with(oidcLogin().oidcUser(user)))
                .andExpect(redirectedUrl(base + "/quiz/questions/1"));
        for (int number = 1; number <= quiz.size(); number++) {
            page(user, base + "/quiz/questions/" + number);
            answer(
                    user,
                    base + "/quiz",
                    number,
                    quiz.questions().get(number - 1).correctOptionId());
        }
        page(user, base + "/quiz/review").andExpect(content().string(containsString("/quiz/submission")));
        mvc.perform(post(base + "/quiz/submission")
                        .with(oidcLogin().oidcUser(user))
                        .with(csrf()))
                .andExpect(redirectedUrl(base + "/result"));
        page(user, base + "/result").andExpect(content().string(containsString("Chúc mừng! Bạn đã đạt mô-đun này.")));
    }

    private void enrol(OidcUser user) throws Exception {
        mvc.perform(post("/learn/programmes/" + BASIC + "/enrolment")
                        .with(oidcLogin().oidcUser(user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private ResultActions answer(OidcUser user, String quiz, int number, String option) throws Exception {
        return mvc.perform(post(quiz + "/questions/" + number)
                .param("option", option)
                .with(oidcLogin().oidcUser(user))
                .with(csrf()));
    }

    private ResultActions page(OidcUser user, String path) throws Exception {
        return mvc.perform(get(path).with(oidcLogin().oidcUser(user))).andExpect(status().isOk());
    }

    private long answers(Learner learner) {
        return jdbc.sql("select count(*) from quiz_answer where learner_key = ?")
                .param(learner.key().value())
                .query(Long.class)
                .single();
    }

    /** A learner who has not logged in yet: the portal records them on their first page. */
    private Learner newLearner() {
        String nationalId = freshNationalId();
        return new Learner(nationalId, "pairwise-" + UUID.randomUUID(), learnerKeys.of(nationalId));
    }

    private static String wrong(QuizQuestion question) {
        return question.options().stream()
                .map(option -> option.id())
                .filter(id -> !id.equals(question.correctOptionId()))
                .findFirst()
                .orElseThrow();
    }
}
