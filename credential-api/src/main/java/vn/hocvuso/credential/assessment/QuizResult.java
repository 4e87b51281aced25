package vn.hocvuso.credential.assessment;

import java.util.Objects;

/**
 * The outcome of a submitted quiz.
 *
 * @param score the score
 * @param passMark the module's pass mark in percent
 * @param passed whether it reached the pass mark
 * @param programmeCompleted whether the programme is complete now
 * @param retry when the quiz may be taken again, after a failure
 */
public record QuizResult(
        QuizScore score, int passMark, boolean passed, boolean programmeCompleted, RetryDecision retry) {

    public QuizResult {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(retry, "retry");
    }
}
