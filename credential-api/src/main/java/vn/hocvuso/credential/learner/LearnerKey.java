package vn.hocvuso.credential.learner;

import java.util.Objects;

/**
 * The key of a learner: the keyed hash (HMAC-SHA256, base64url) of their national ID number, so
 * that the number itself is never stored or compared in plain text.
 */
public record LearnerKey(String value) {

    public LearnerKey {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("a learner key is a base64url HMAC-SHA256 value");
        }
    }

    @Override
    public String toString() {
        // A prefix is enough to tell keys apart in a debugger; the full hash stays out of logs.
        return "LearnerKey[" + value.substring(0, 6) + "…]";
    }
}
