package vn.hocvuso.credential.learning;

import java.time.Instant;
import java.util.Objects;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * A learner's completion of a programme, as the learning records show it.
 *
 * @param learner who completed it
 * @param programmeId which programme
 * @param completedAt when the last module was passed
 * @param frameworkVersion the framework version in force then
 */
public record ProgrammeCompletion(
        LearnerKey learner, String programmeId, Instant completedAt, String frameworkVersion) {

    public ProgrammeCompletion {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
    }
}
