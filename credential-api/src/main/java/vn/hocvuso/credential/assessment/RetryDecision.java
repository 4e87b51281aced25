package vn.hocvuso.credential.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a learner may attempt a module's quiz now, and if not, from when.
 *
 * @param allowed whether they may attempt it now
 * @param notBefore the earliest time they may, when not now
 */
public record RetryDecision(boolean allowed, Optional<Instant> notBefore) {

    static RetryDecision now() {
        return new RetryDecision(true, Optional.empty());
    }

    static RetryDecision from(Instant time) {
        return new RetryDecision(false, Optional.of(time));
    }
}
