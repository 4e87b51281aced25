package vn.hocvuso.credential.assessment;

import java.util.Objects;
import vn.hocvuso.credential.learner.LearnerKey;

/** One learner's quiz of one module. */
public record QuizKey(LearnerKey learner, String programmeId, String moduleId) {

    public QuizKey {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(moduleId, "moduleId");
    }
}
