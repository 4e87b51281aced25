package vn.hocvuso.credential.provider;

import java.util.Optional;

/** Either a valid result or why it is not one. */
record Checked(Optional<ValidResult> result, Optional<Rejection> rejection) {

    static Checked valid(ValidResult result) {
        return new Checked(Optional.of(result), Optional.empty());
    }

    static Checked rejected(RejectionReason reason, String detail) {
        return new Checked(Optional.empty(), Optional.of(new Rejection(reason, detail)));
    }
}
