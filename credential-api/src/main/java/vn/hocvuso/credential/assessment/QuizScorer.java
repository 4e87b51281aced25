package vn.hocvuso.credential.assessment;

import java.util.Map;
import vn.hocvuso.credential.framework.ModuleQuiz;
import vn.hocvuso.credential.framework.QuizQuestion;

/** Scores a quiz on the server against the right answers in the programme data. */
public final class QuizScorer {

    private QuizScorer() {}

    /** One point per question whose chosen option is the right one; unanswered questions score nothing. */
    public static QuizScore score(ModuleQuiz quiz, Map<String, String> chosenOptionByQuestion) {
        int correct = 0;
        for (QuizQuestion question : quiz.questions()) {
            if (question.correctOptionId().equals(chosenOptionByQuestion.get(question.id()))) {
                correct++;
            }
        }
        return new QuizScore(correct, quiz.size());
    }
}
