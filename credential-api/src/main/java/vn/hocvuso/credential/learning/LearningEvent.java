package vn.hocvuso.credential.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * One learning record. Records are only ever added, never changed or removed: the history they
 * form is what certificates and agency answers rest on.
 *
 * @param learner whose record it is
 * @param type what happened
 * @param programmeId in which programme
 * @param moduleId which module, for module results
 * @param score the score in percent, for module results
 * @param assessedOn the day the assessment took place, for module results
 * @param source who says so
 * @param frameworkVersion the framework version in force when it was recorded
 * @param recordedAt when it was recorded
 */
public record LearningEvent(
        LearnerKey learner,
        LearningEventType type,
        String programmeId,
        Optional<String> moduleId,
        Optional<Integer> score,
        Optional<LocalDate> assessedOn,
        LearningSource source,
        String frameworkVersion,
        Instant recordedAt) {

    public LearningEvent {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(recordedAt, "recordedAt");
        boolean moduleResult = type == LearningEventType.MODULE_PASSED || type == LearningEventType.MODULE_FAILED;
        if (moduleResult != (moduleId.isPresent() && score.isPresent() && assessedOn.isPresent())) {
            throw new IllegalArgumentException("module results, and only they, carry a module, a score and a date");
        }
        score.filter(value -> value < 0 || value > 100).ifPresent(value -> {
            throw new IllegalArgumentException("a score is a percentage from 0 to 100");
        });
    }

    public static LearningEvent enrolled(
            LearnerKey learner, String programmeId, LearningSource source, String frameworkVersion, Instant at) {
        return new LearningEvent(
                learner,
                LearningEventType.ENROLLED,
                programmeId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                source,
                frameworkVersion,
                at);
    }

    public static LearningEvent moduleResult(
            LearnerKey learner,
            String programmeId,
            String moduleId,
            int score,
            boolean passed,
            LocalDate assessedOn,
            LearningSource source,
            String frameworkVersion,
            Instant at) {
        return new LearningEvent(
                learner,
                passed ? LearningEventType.MODULE_PASSED : LearningEventType.MODULE_FAILED,
                programmeId,
                Optional.of(moduleId),
                Optional.of(score),
                Optional.of(assessedOn),
                source,
                frameworkVersion,
                at);
    }

    public static LearningEvent completed(
            LearnerKey learner, String programmeId, LearningSource source, String frameworkVersion, Instant at) {
        return new LearningEvent(
                learner,
                LearningEventType.PROGRAMME_COMPLETED,
                programmeId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                source,
                frameworkVersion,
                at);
    }
}
