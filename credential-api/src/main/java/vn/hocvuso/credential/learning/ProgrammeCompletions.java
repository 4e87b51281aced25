package vn.hocvuso.credential.learning;

import java.util.List;
import java.util.Optional;
import vn.hocvuso.credential.learner.LearnerKey;

/** Which programmes a learner has completed: what credentials and agency answers rest on. */
public interface ProgrammeCompletions {

    Optional<ProgrammeCompletion> find(LearnerKey learner, String programmeId);

    List<ProgrammeCompletion> of(LearnerKey learner);
}
