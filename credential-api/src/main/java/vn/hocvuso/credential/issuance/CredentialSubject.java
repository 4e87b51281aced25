package vn.hocvuso.credential.issuance;

import java.util.List;
import java.util.Objects;
import vn.hocvuso.credential.framework.Competency;
import vn.hocvuso.credential.framework.Programme;
import vn.hocvuso.credential.learner.LearnerProfile;
import vn.hocvuso.credential.learning.ProgrammeCompletion;

/**
 * Everything a credential states about its holder: who, what they completed, which competencies it
 * aligns to, and how surely their identity was verified.
 */
public record CredentialSubject(
        LearnerProfile learner,
        Programme programme,
        ProgrammeCompletion completion,
        List<Competency> competencies,
        String assuranceLevel) {

    public CredentialSubject {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
        competencies = List.copyOf(competencies);
    }

    @Override
    public String toString() {
        // Never print the learner's names or birth date.
        return "CredentialSubject[" + learner.key() + ", " + programme.id() + "]";
    }
}
