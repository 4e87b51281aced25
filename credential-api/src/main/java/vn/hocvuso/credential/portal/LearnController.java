package vn.hocvuso.credential.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.hocvuso.credential.assessment.JdbcQuizAnswers;
import vn.hocvuso.credential.assessment.QuizState;
import vn.hocvuso.credential.assessment.TakeAssessment;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learning.EnrolLearner;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearnerProgress;
import vn.hocvuso.credential.learning.ModuleProgress;
import vn.hocvuso.credential.learning.ProgrammeProgress;

/** The learner's own pages: their programmes with progress, a programme's modules, enrolment, their records. */
@Controller
class LearnController {

    private final CurrentLearner learners;
    private final YamlProgrammeCatalog catalog;
    private final LearnerProgress progress;
    private final EnrolLearner enrol;
    private final TakeAssessment assessment;
    private final JdbcQuizAnswers answers;
    private final JdbcLearningRecords records;
    private final PortalDates dates;

    LearnController(
            CurrentLearner learners,
            YamlProgrammeCatalog catalog,
            LearnerProgress progress,
            EnrolLearner enrol,
            TakeAssessment assessment,
            JdbcQuizAnswers answers,
            JdbcLearningRecords records,
            PortalDates dates) {
        this.learners = learners;
        this.catalog = catalog;
        this.progress = progress;
        this.enrol = enrol;
        this.assessment = assessment;
        this.answers = answers;
        this.records = records;
        this.dates = dates;
    }

    @GetMapping("/learn")
    String dashboard(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("givenName", user.getGivenName());
        model.addAttribute("progress", progress.all(learners.of(user)));
        return "learn/dashboard";
    }

    @GetMapping("/learn/programmes/{programmeId}")
    String programme(
            @PathVariable String programmeId, @AuthenticationPrincipal OidcUser user, Model model, Locale locale) {
        LearnerKey learner = learners.of(user);
        ProgrammeProgress current = progress.in(learner, programmeId)
                .orElseThrow(() -> new PortalPageException(HttpStatus.NOT_FOUND, "error.programme.unknown"));
        model.addAttribute("progress", current);
        model.addAttribute("modules", current.enrolled() ? cards(learner, current, locale) : List.of());
        model.addAttribute(
                "retryCoolDownMinutes", assessment.retryRule().coolDown().toMinutes());
        model.addAttribute("maxAttemptsPerDay", assessment.retryRule().maxAttemptsPerDay());
        return "learn/programme";
    }

    @PostMapping("/learn/programmes/{programmeId}/enrolment")
    String enrol(@PathVariable String programmeId, @AuthenticationPrincipal OidcUser user) {
        if (catalog.definition(programmeId).isEmpty()) {
            throw new PortalPageException(HttpStatus.NOT_FOUND, "error.programme.unknown");
        }
        enrol.enrol(learners.of(user), programmeId);
        return "redirect:/learn/programmes/" + programmeId;
    }

    @GetMapping("/learn/records")
    String records(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("events", records.of(learners.of(user)));
        model.addAttribute("catalog", catalog);
        return "learn/records";
    }

    private List<ModuleCard> cards(LearnerKey learner, ProgrammeProgress current, Locale locale) {
        String programmeId = current.programme().id();
        Map<String, Integer> answered = answers.answeredPerModule(learner, programmeId);
        return current.modules().stream()
                .map(module -> card(
                        learner,
                        programmeId,
                        module,
                        answered.getOrDefault(module.module().id(), 0),
                        locale))
                .toList();
    }

    private ModuleCard card(
            LearnerKey learner, String programmeId, ModuleProgress module, int answered, Locale locale) {
        QuizState quiz = assessment.state(learner, programmeId, module.module().id());
        ModuleCard.State state;
        Optional<String> retryFrom = Optional.empty();
        if (module.passed()) {
            state = ModuleCard.State.PASSED;
        } else if (!quiz.retry().allowed()) {
            state = ModuleCard.State.WAITING;
            retryFrom = quiz.retry().notBefore().map(time -> dates.dateTime(time, locale));
        } else if (answered > 0) {
            state = ModuleCard.State.IN_PROGRESS;
        } else {
            state = ModuleCard.State.NOT_STARTED;
        }
        List<String> competencies = module.module().competencyIds().stream()
                .map(id -> catalog.competency(id)
                        .map(competency -> ProgrammePageController.label(competency, locale))
                        .orElse(id))
                .toList();
        return new ModuleCard(
                module.module(),
                competencies,
                state,
                module.bestScore(),
                module.failedAttempts(),
                module.passed() ? 0 : answered,
                quiz.quiz().size(),
                retryFrom);
    }
}
