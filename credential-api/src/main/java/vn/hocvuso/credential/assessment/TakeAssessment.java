package vn.hocvuso.credential.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.framework.ModuleQuiz;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.QuizQuestion;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningCalendar;
import vn.hocvuso.credential.learning.LearningSource;
import vn.hocvuso.credential.learning.ModuleOutcome;
import vn.hocvuso.credential.learning.ModuleResult;
import vn.hocvuso.credential.learning.RecordModuleResult;

/**
 * A learner takes a module's quiz: answers are saved one by one as they are given, the quiz is
 * scored on the server when submitted, and the retry rule decides when a failed quiz may be taken
 * again.
 */
@Service
public class TakeAssessment {

    private final YamlProgrammeCatalog catalog;
    private final JdbcLearningRecords records;
    private final JdbcQuizAnswers answers;
    private final RecordModuleResult recordResult;
    private final RetryRule retryRule;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public TakeAssessment(
            YamlProgrammeCatalog catalog,
            JdbcLearningRecords records,
            JdbcQuizAnswers answers,
            RecordModuleResult recordResult,
            AssessmentProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.catalog = catalog;
        this.records = records;
        this.answers = answers;
        this.recordResult = recordResult;
        this.retryRule = properties.retryRule();
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The quiz as it stands for {@code learner}; refused when the module is unknown or they are not enrolled. */
    public QuizState state(LearnerKey learner, String programmeId, String moduleId) {
        ProgrammeDefinition programme = catalog.definition(programmeId)
                .orElseThrow(() -> new AssessmentRefusedException(AssessmentRefusedException.Reason.UNKNOWN_MODULE));
        ProgrammeModule module = programme
                .module(moduleId)
                .orElseThrow(() -> new AssessmentRefusedException(AssessmentRefusedException.Reason.UNKNOWN_MODULE));
        if (!records.isEnrolled(learner, programmeId)) {
            throw new AssessmentRefusedException(AssessmentRefusedException.Reason.NOT_ENROLLED);
        }
        QuizKey key = new QuizKey(learner, programmeId, moduleId);
        boolean passed = records.passedModules(learner, programmeId).contains(moduleId);
        return new QuizState(programme, module, answers.answers(key), passed, retry(key));
    }

    /** The quiz as it stands, refused unless it is open to the learner now (not passed, retry rule met). */
    public QuizState open(LearnerKey learner, String programmeId, String moduleId) {
        return requireOpen(state(learner, programmeId, moduleId));
    }

    /** Saves one answer; the quiz must be open to this learner now. */
    public QuizState answer(
            LearnerKey learner, String programmeId, String moduleId, String questionId, String optionId) {
        QuizState state = requireOpen(state(learner, programmeId, moduleId));
        ModuleQuiz quiz = state.quiz();
        QuizQuestion question = quiz.question(questionId)
                .filter(candidate -> candidate.hasOption(optionId))
                .orElseThrow(() -> new AssessmentRefusedException(AssessmentRefusedException.Reason.UNKNOWN_ANSWER));
        QuizKey key = new QuizKey(learner, programmeId, moduleId);
        try {
            answers.save(key, question.id(), optionId, clock.instant());
        } catch (DuplicateKeyException e) {
            answers.save(key, question.id(), optionId, clock.instant()); // a double click inserted it first
        }
        return state(learner, programmeId, moduleId);
    }

    /** Scores the saved answers and records the result; every question must be answered. */
    public QuizResult submit(LearnerKey learner, String programmeId, String moduleId) {
        QuizState state = requireOpen(state(learner, programmeId, moduleId));
        QuizKey key = new QuizKey(learner, programmeId, moduleId);
        QuizResultParts parts = transaction.execute(status -> {
            Map<String, String> given = answers.answers(key);
            QuizState current = new QuizState(state.programme(), state.module(), given, false, state.retry());
            if (!current.complete()) {
                throw new AssessmentRefusedException(AssessmentRefusedException.Reason.INCOMPLETE);
            }
            // Clearing first serialises two submissions of the same quiz: the second clears nothing.
            if (answers.clear(key) == 0) {
                throw new AssessmentRefusedException(AssessmentRefusedException.Reason.ALREADY_SUBMITTED);
            }
            QuizScore score = QuizScorer.score(current.quiz(), given);
            ModuleOutcome outcome = recordResult.record(new ModuleResult(
                    learner,
                    programmeId,
                    moduleId,
                    score.percent(),
                    LearningCalendar.today(clock),
                    LearningSource.quiz()));
            return new QuizResultParts(score, outcome);
        });
        RetryDecision retry = parts.outcome().passed() ? RetryDecision.now() : retry(key);
        return new QuizResult(
                parts.score(),
                parts.outcome().passMark(),
                parts.outcome().passed(),
                parts.outcome().programmeCompleted(),
                retry);
    }

    private record QuizResultParts(QuizScore score, ModuleOutcome outcome) {}

    private QuizState requireOpen(QuizState state) {
        if (state.passed()) {
            throw new AssessmentRefusedException(AssessmentRefusedException.Reason.ALREADY_PASSED);
        }
        if (!state.retry().allowed()) {
            throw new AssessmentRefusedException(
                    AssessmentRefusedException.Reason.RETRY_LATER, state.retry().notBefore());
        }
        return state;
    }

    private RetryDecision retry(QuizKey key) {
        Instant now = clock.instant();
        Instant since =
                now.minus(RetryRule.DAY.compareTo(retryRule.coolDown()) >= 0 ? RetryRule.DAY : retryRule.coolDown());
        return retryRule.decide(
                records.quizFailuresSince(key.learner(), key.programmeId(), key.moduleId(), since), now);
    }

    public RetryRule retryRule() {
        return retryRule;
    }
}
