package vn.hocvuso.credential.learning;

import java.time.LocalDate;
import java.util.Objects;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * A module's assessment result, from our quiz or from a training provider, already checked
 * against the programme data.
 *
 * @param learner who was assessed
 * @param programmeId the programme
 * @param moduleId the module
 * @param score the score in percent
 * @param assessedOn the day of the assessment
 * @param source who reports it
 */
public record ModuleResult(
        LearnerKey learner,
        String programmeId,
        String moduleId,
        int score,
        LocalDate assessedOn,
        LearningSource source) {

    public ModuleResult {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(source, "source");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is a percentage from 0 to 100");
        }
    }
}
