package vn.hocvuso.credential.provider;

import java.util.Optional;

/**
 * What became of one submission: accepted now, accepted before (a retry, answered with the stored
 * response), or rejected.
 *
 * @param rejection why it was rejected, if it was
 * @param replayed whether this is a retry answered from the stored response
 * @param body the stored JSON answer, when accepted
 */
record SubmissionOutcome(Optional<Rejection> rejection, boolean replayed, String body) {

    static SubmissionOutcome rejected(Rejection rejection) {
        return new SubmissionOutcome(Optional.of(rejection), false, "");
    }

    static SubmissionOutcome accepted(String body, boolean replayed) {
        return new SubmissionOutcome(Optional.empty(), replayed, body);
    }

    boolean isAccepted() {
        return rejection.isEmpty();
    }
}
