package vn.hocvuso.credential.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.framework.LocalizedText;
import vn.hocvuso.credential.framework.ModuleQuiz;
import vn.hocvuso.credential.framework.QuizOption;
import vn.hocvuso.credential.framework.QuizQuestion;

class QuizScorerTest {

    static final ModuleQuiz QUIZ = new ModuleQuiz(List.of(
            question("q1", "a"),
            question("q2", "b"),
            question("q3", "c"),
            question("q4", "a"),
            question("q5", "b"),
            question("q6", "c")));

    @Test
    void whenEveryAnswerIsRightThenTheScoreIsOneHundred() {
        QuizScore score =
                QuizScorer.score(QUIZ, Map.of("q1", "a", "q2", "b", "q3", "c", "q4", "a", "q5", "b", "q6", "c"));

        assertThat(score.correct()).isEqualTo(6);
        assertThat(score.percent()).isEqualTo(100);
        assertThat(score.reaches(100)).isTrue();
    }

    @Test
    void whenSomeAnswersAreWrongOrMissingThenOnlyTheRightOnesCount() {
        QuizScore score = QuizScorer.score(QUIZ, Map.of("q1", "a", "q2", "a", "q3", "c", "q4", "a"));

        assertThat(score.correct()).isEqualTo(3);
        assertThat(score.total()).isEqualTo(6);
        assertThat(score.percent()).isEqualTo(50);
    }

    @Test
    void whenThePercentageIsFractionalThenItIsRoundedDownSoRoundingNeverPasses() {
        // 4 of 6 = 66.67 %: reported as 66, which does not reach a pass mark of 67.
        QuizScore score = QuizScorer.score(QUIZ, Map.of("q1", "a", "q2", "b", "q3", "c", "q4", "a"));

        assertThat(score.percent()).isEqualTo(66);
        assertThat(score.reaches(66)).isTrue();
        assertThat(score.reaches(67)).isFalse();
    }

    @Test
    void whenAnswersNameUnknownQuestionsOrOptionsThenTheyScoreNothing() {
        QuizScore score = QuizScorer.score(QUIZ, Map.of("q1", "z", "q99", "a"));

        assertThat(score.correct()).isZero();
        assertThat(score.percent()).isZero();
    }

    @Test
    void whenAScoreIsImpossibleThenItCannotBeMade() {
        assertThatThrownBy(() -> new QuizScore(7, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuizScore(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static QuizQuestion question(String id, String answer) {
        return new QuizQuestion(
                id,
                new LocalizedText("Câu " + id, "Question " + id),
                List.of(option("a"), option("b"), option("c"), option("d")),
                answer);
    }

    static QuizOption option(String id) {
        return new QuizOption(id, new LocalizedText("Đáp án " + id, "Answer " + id));
    }
}
