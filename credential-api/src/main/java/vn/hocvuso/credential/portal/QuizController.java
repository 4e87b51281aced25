package vn.hocvuso.credential.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hocvuso.credential.assessment.QuizState;
import vn.hocvuso.credential.assessment.TakeAssessment;
import vn.hocvuso.credential.framework.QuizQuestion;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningEvent;
import vn.hocvuso.credential.learning.ProgrammeProgress;

/**
 * A module's quiz, one question per page so that it works on a phone: each answer is saved as it
 * is given (resume anywhere), the review page lists them, and the submission is scored on the
 * server. The page never receives the right answers.
 */
@Controller
class QuizController {

    private static final String BASE = "/learn/programmes/{programmeId}/modules/{moduleId}";

    private final CurrentLearner learners;
    private final TakeAssessment assessment;
    private final JdbcLearningRecords records;
    private final PortalDates dates;

    QuizController(CurrentLearner learners, TakeAssessment assessment, JdbcLearningRecords records, PortalDates dates) {
        this.learners = learners;
        this.assessment = assessment;
        this.records = records;
        this.dates = dates;
    }

    /** Resumes where the learner stopped: the first unanswered question, or the review when all are answered. */
    @GetMapping(BASE + "/quiz")
    String resume(
            @PathVariable String programmeId, @PathVariable String moduleId, @AuthenticationPrincipal OidcUser user) {
        QuizState state = open(learners.of(user), programmeId, moduleId);
        return state.firstUnanswered()
                .map(index -> redirect(programmeId, moduleId, "/quiz/questions/" + (index + 1)))
                .orElseGet(() -> redirect(programmeId, moduleId, "/quiz/review"));
    }

    @GetMapping(BASE + "/quiz/questions/{number}")
    String question(
            @PathVariable String programmeId,
            @PathVariable String moduleId,
            @PathVariable int number,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            Locale locale) {
        QuizState state = open(learners.of(user), programmeId, moduleId);
        return questionPage(state, number, model, locale, false);
    }

    @PostMapping(BASE + "/quiz/questions/{number}")
    String answer(
            @PathVariable String programmeId,
            @PathVariable String moduleId,
            @PathVariable int number,
            @RequestParam(name = "option", required = false) String option,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        LearnerKey learner = learners.of(user);
        QuizState state = open(learner, programmeId, moduleId);
        QuizQuestion question = question(state, number);
        if (option == null || option.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return questionPage(state, number, model, locale, true);
        }
        QuizState saved = assessment.answer(learner, programmeId, moduleId, question.id(), option);
        if (number < saved.quiz().size()) {
            return redirect(programmeId, moduleId, "/quiz/questions/" + (number + 1));
        }
        return saved.firstUnanswered()
                .map(index -> redirect(programmeId, moduleId, "/quiz/questions/" + (index + 1)))
                .orElseGet(() -> redirect(programmeId, moduleId, "/quiz/review"));
    }

    @GetMapping(BASE + "/quiz/review")
    String review(
            @PathVariable String programmeId,
            @PathVariable String moduleId,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            Locale locale) {
        QuizState state = open(learners.of(user), programmeId, moduleId);
        List<QuizQuestion> questions = state.quiz().questions();
        model.addAttribute("state", state);
        model.addAttribute(
                "questions",
                java.util.stream.IntStream.range(0, questions.size())
                        .mapToObj(index -> QuestionView.of(
                                index + 1,
                                questions.size(),
                                questions.get(index),
                                state.answerTo(questions.get(index)),
                                locale))
                        .toList());
        return "learn/review";
    }

    @PostMapping(BASE + "/quiz/submission")
    String submit(
            @PathVariable String programmeId, @PathVariable String moduleId, @AuthenticationPrincipal OidcUser user) {
        assessment.submit(learners.of(user), programmeId, moduleId);
        return redirect(programmeId, moduleId, "/result");
    }

    /** The module's latest result, from the learning records (so a reload shows the same, and submits nothing). */
    @GetMapping(BASE + "/result")
    String result(
            @PathVariable String programmeId,
            @PathVariable String moduleId,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            Locale locale) {
        LearnerKey learner = learners.of(user);
        QuizState state = assessment.state(learner, programmeId, moduleId);
        List<LearningEvent> events = records.of(learner, programmeId);
        Optional<LearningEvent> latest = events.stream()
                .filter(event -> event.moduleId().map(moduleId::equals).orElse(false))
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            return redirect(programmeId, moduleId, "/quiz");
        }
        ProgrammeProgress progress = ProgrammeProgress.of(state.programme(), events);
        model.addAttribute("state", state);
        model.addAttribute("event", latest.get());
        model.addAttribute("progress", progress);
        state.retry().notBefore().ifPresent(time -> model.addAttribute("retryFrom", dates.dateTime(time, locale)));
        return "learn/result";
    }

    private QuizState open(LearnerKey learner, String programmeId, String moduleId) {
        return assessment.open(learner, programmeId, moduleId);
    }

    private String questionPage(QuizState state, int number, Model model, Locale locale, boolean missingAnswer) {
        QuizQuestion question = question(state, number);
        model.addAttribute("state", state);
        model.addAttribute(
                "question", QuestionView.of(number, state.quiz().size(), question, state.answerTo(question), locale));
        model.addAttribute("answeredCount", state.answers().size());
        model.addAttribute("missingAnswer", missingAnswer);
        return "learn/question";
    }

    private static QuizQuestion question(QuizState state, int number) {
        if (number < 1 || number > state.quiz().size()) {
            throw new PortalPageException(HttpStatus.NOT_FOUND, "error.question.unknown");
        }
        return state.quiz().questions().get(number - 1);
    }

    private static String redirect(String programmeId, String moduleId, String rest) {
        return "redirect:/learn/programmes/" + programmeId + "/modules/" + moduleId + rest;
    }
}
