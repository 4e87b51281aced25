package vn.hocvuso.credential.framework;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the programme file says about one programme: the shared {@link Programme}, the
 * credential it earns and each module's quiz.
 */
public record ProgrammeDefinition(Programme programme, EarnedCredential credential, Map<String, ModuleQuiz> quizzes) {

    public ProgrammeDefinition {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(credential, "credential");
        quizzes = Map.copyOf(quizzes);
        for (ProgrammeModule module : programme.modules()) {
            if (!quizzes.containsKey(module.id())) {
                throw new IllegalArgumentException("module " + module.id() + " has no quiz");
            }
        }
    }

    public String id() {
        return programme.id();
    }

    public Optional<ProgrammeModule> module(String moduleId) {
        return programme.modules().stream()
                .filter(module -> module.id().equals(moduleId))
                .findFirst();
    }

    public ModuleQuiz quiz(String moduleId) {
        ModuleQuiz quiz = quizzes.get(moduleId);
        if (quiz == null) {
            throw new IllegalArgumentException("no module " + moduleId + " in " + id());
        }
        return quiz;
    }
}
