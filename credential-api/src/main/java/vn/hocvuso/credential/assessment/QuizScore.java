package vn.hocvuso.credential.assessment;

/**
 * A quiz's score.
 *
 * @param correct questions answered right
 * @param total questions in the quiz
 */
public record QuizScore(int correct, int total) {

    public QuizScore {
        if (total <= 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("a score is 0 to total right answers out of at least one question");
        }
    }

    /** The score in whole percent, rounded down: a pass mark is never reached by rounding. */
    public int percent() {
        return correct * 100 / total;
    }

    public boolean reaches(int passMarkPercent) {
        return percent() >= passMarkPercent;
    }
}
