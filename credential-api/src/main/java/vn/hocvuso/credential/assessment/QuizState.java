package vn.hocvuso.credential.assessment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.framework.ModuleQuiz;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.QuizQuestion;

/**
 * A learner's quiz of one module as it stands: the saved answers and whether it can be taken.
 *
 * @param programme the programme
 * @param module the module
 * @param answers the chosen option per answered question
 * @param passed whether the module is passed already
 * @param retry whether the quiz may be taken now (the retry rule)
 */
public record QuizState(
        ProgrammeDefinition programme,
        ProgrammeModule module,
        Map<String, String> answers,
        boolean passed,
        RetryDecision retry) {

    public QuizState {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(retry, "retry");
        answers = Map.copyOf(answers);
    }

    public ModuleQuiz quiz() {
        return programme.quiz(module.id());
    }

    public boolean complete() {
        return quiz().questions().stream().allMatch(question -> answers.containsKey(question.id()));
    }

    /** The first question without an answer: where a learner resumes. */
    public Optional<Integer> firstUnanswered() {
        for (int index = 0; index < quiz().size(); index++) {
            if (!answers.containsKey(quiz().questions().get(index).id())) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    public Optional<String> answerTo(QuizQuestion question) {
        return Optional.ofNullable(answers.get(question.id()));
    }
}
