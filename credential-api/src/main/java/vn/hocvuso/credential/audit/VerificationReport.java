package vn.hocvuso.credential.audit;

import java.util.Optional;

/**
 * What a walk of the access log found: how many entries and checkpoints it checked, the head it
 * ended on, and the first broken link if any.
 */
public record VerificationReport(
        long entries, long checkpoints, long headSeq, long lastCheckpointSeq, Optional<BrokenLink> firstBroken) {

    public boolean ok() {
        return firstBroken.isEmpty();
    }
}
