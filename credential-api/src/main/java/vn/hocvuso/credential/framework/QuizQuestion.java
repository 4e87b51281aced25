package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Objects;

/**
 * A multiple-choice question with exactly one right answer. The right answer stays on the server:
 * pages are rendered from the question's prompt and options only.
 *
 * @param id stable identifier, unique within its quiz
 * @param prompt the question
 * @param options the answers to choose from, in the order shown
 * @param correctOptionId the id of the right option
 */
public record QuizQuestion(String id, LocalizedText prompt, List<QuizOption> options, String correctOptionId) {

    public QuizQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(correctOptionId, "correctOptionId");
        options = List.copyOf(options);
        if (options.stream().noneMatch(option -> option.id().equals(correctOptionId))) {
            throw new IllegalArgumentException("the right answer must be one of the options");
        }
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId));
    }
}
