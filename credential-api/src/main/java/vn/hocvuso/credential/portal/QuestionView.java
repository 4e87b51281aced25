package vn.hocvuso.credential.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hocvuso.credential.framework.QuizQuestion;

/**
 * A question as the page shows it: prompt and options in the learner's language, and their saved
 * choice. Deliberately without the right answer, which never leaves the server.
 *
 * @param number its position, from 1
 * @param total questions in the quiz
 * @param prompt the question
 * @param options the options to choose from
 * @param chosen the option the learner saved, if any
 */
record QuestionView(int number, int total, String prompt, List<Option> options, Optional<String> chosen) {

    record Option(String id, String text) {}

    static QuestionView of(int number, int total, QuizQuestion question, Optional<String> chosen, Locale locale) {
        return new QuestionView(
                number,
                total,
                question.prompt().in(locale),
                question.options().stream()
                        .map(option -> new Option(option.id(), option.text().in(locale)))
                        .toList(),
                chosen);
    }

    /** The text of the saved choice, if any. */
    public Optional<String> chosenText() {
        return chosen.flatMap(id -> options.stream()
                .filter(option -> option.id().equals(id))
                .map(Option::text)
                .findFirst());
    }

    public boolean isChosen(String optionId) {
        return chosen.map(optionId::equals).orElse(false);
    }
}
