package vn.hocvuso.credential.learning;

import java.util.Objects;

/**
 * Where a learning record comes from: {@code quiz} (our portal's assessment),
 * {@code provider:<client_id>} (a training provider's submission through the API) or
 * {@code demo-data} (the demo seeder, never in production data).
 */
public record LearningSource(String value) {

    private static final String PROVIDER_PREFIX = "provider:";

    public LearningSource {
        Objects.requireNonNull(value, "value");
        if (!value.equals("quiz") && !value.equals("demo-data") && !value.matches("provider:[\\x21-\\x7e]{1,180}")) {
            throw new IllegalArgumentException("a learning source is quiz, demo-data or provider:<client_id>");
        }
    }

    public static LearningSource quiz() {
        return new LearningSource("quiz");
    }

    public static LearningSource demoData() {
        return new LearningSource("demo-data");
    }

    public static LearningSource provider(String clientId) {
        return new LearningSource(PROVIDER_PREFIX + clientId);
    }

    public boolean isQuiz() {
        return value.equals("quiz");
    }

    public boolean isProvider() {
        return value.startsWith(PROVIDER_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
