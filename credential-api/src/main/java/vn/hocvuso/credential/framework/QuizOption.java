package vn.hocvuso.credential.framework;

import java.util.Objects;

/** One answer a learner can choose for a quiz question. */
public record QuizOption(String id, LocalizedText text) {

    public QuizOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
