package vn.hocvuso.credential.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * One look an agency took at a citizen's status, as the access log records it. {@code subject} is
 * empty when the ID number given was malformed (there is no one to show the entry to); {@code
 * answer} is the minimal answer given (for example {@code certified:basic}) or the refusal reason,
 * never personal data.
 */
public record AccessEvent(
        String agencyId,
        String purpose,
        AccessChannel channel,
        Optional<LearnerKey> subject,
        String answer,
        AccessOutcome outcome,
        Instant at) {

    public AccessEvent {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }
}
