package vn.hocvuso.credential.assessment;

import java.time.Instant;
import java.util.Optional;

/** A quiz action that is not allowed now; the portal shows the reason in the learner's language. */
public final class AssessmentRefusedException extends RuntimeException {

    /** Why; each has a message key {@code assessment.refused.<name in lower case>}. */
    public enum Reason {
        UNKNOWN_MODULE,
        NOT_ENROLLED,
        ALREADY_PASSED,
        RETRY_LATER,
        UNKNOWN_ANSWER,
        INCOMPLETE,
        ALREADY_SUBMITTED
    }

    private final Reason reason;
    private final transient Optional<Instant> notBefore;

    AssessmentRefusedException(Reason reason) {
        this(reason, Optional.empty());
    }

    AssessmentRefusedException(Reason reason, Optional<Instant> notBefore) {
        super("assessment refused: " + reason);
        this.reason = reason;
        this.notBefore = notBefore;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#RETRY_LATER}: from when the quiz may be taken again. */
    public Optional<Instant> notBefore() {
        return notBefore;
    }
}
