package vn.hocvuso.credential.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;

/**
 * Where a learner stands in a programme, derived from their records in it.
 *
 * @param programme the programme
 * @param enrolled whether they are enrolled
 * @param completedAt when they completed it, if they have
 * @param modules each module's progress, in the programme's order
 */
public record ProgrammeProgress(
        ProgrammeDefinition programme, boolean enrolled, Optional<Instant> completedAt, List<ModuleProgress> modules) {

    public ProgrammeProgress {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(completedAt, "completedAt");
        modules = List.copyOf(modules);
    }

    /** Folds {@code events} (one learner's records in this programme, any order) into progress. */
    public static ProgrammeProgress of(ProgrammeDefinition programme, List<LearningEvent> events) {
        boolean enrolled = false;
        Optional<Instant> completedAt = Optional.empty();
        for (LearningEvent event : events) {
            if (!event.programmeId().equals(programme.id())) {
                continue;
            }
            if (event.type() == LearningEventType.ENROLLED) {
                enrolled = true;
            } else if (event.type() == LearningEventType.PROGRAMME_COMPLETED) {
                completedAt = Optional.of(event.recordedAt());
            }
        }
        List<ModuleProgress> modules = new ArrayList<>();
        for (ProgrammeModule module : programme.programme().modules()) {
            modules.add(moduleProgress(programme.id(), module, events));
        }
        return new ProgrammeProgress(programme, enrolled, completedAt, modules);
    }

    private static ModuleProgress moduleProgress(
            String programmeId, ProgrammeModule module, List<LearningEvent> events) {
        boolean passed = false;
        Optional<Integer> best = Optional.empty();
        int failed = 0;
        for (LearningEvent event : events) {
            if (!event.programmeId().equals(programmeId)
                    || !event.moduleId().map(module.id()::equals).orElse(false)) {
                continue;
            }
            int score = event.score().orElse(0);
            best = Optional.of(Math.max(score, best.orElse(0)));
            if (event.type() == LearningEventType.MODULE_PASSED) {
                passed = true;
            } else {
                failed++;
            }
        }
        return new ModuleProgress(module, passed, best, failed);
    }

    public boolean completed() {
        return completedAt.isPresent();
    }

    public long passedCount() {
        return modules.stream().filter(ModuleProgress::passed).count();
    }

    /** Passed modules as a whole percentage of all modules. */
    public int percent() {
        return modules.isEmpty() ? 0 : (int) (passedCount() * 100 / modules.size());
    }

    public Optional<ModuleProgress> module(String moduleId) {
        return modules.stream()
                .filter(progress -> progress.module().id().equals(moduleId))
                .findFirst();
    }
}
