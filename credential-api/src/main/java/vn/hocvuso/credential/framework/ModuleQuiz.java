package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The short multiple-choice assessment of one module. */
public record ModuleQuiz(List<QuizQuestion> questions) {

    public ModuleQuiz {
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a quiz has at least one question");
        }
    }

    public Optional<QuizQuestion> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    public int size() {
        return questions.size();
    }
}
