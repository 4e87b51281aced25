package vn.hocvuso.credential.verification;

import java.util.Objects;

/**
 * Why a check failed: a stable reason code and an English detail. Thrown inside a check and turned
 * into its {@link CheckResult}; it never escapes the verification.
 */
public final class CheckFailure extends RuntimeException {

    private final String reason;

    public CheckFailure(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String reason() {
        return reason;
    }
}
