package vn.hocvuso.credential.verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a presentation, every check that led to it, and, only when the verdict is valid,
 * the credential's content as disclosed.
 */
public record Verification(Verdict verdict, List<CheckResult> checks, Optional<PresentedCredential> credential) {

    public Verification {
        Objects.requireNonNull(verdict, "verdict");
        checks = List.copyOf(checks);
        Objects.requireNonNull(credential, "credential");
        if (verdict == Verdict.VALID && !checks.stream().allMatch(CheckResult::passed)) {
            throw new IllegalArgumentException("a verdict is valid only when every check passed");
        }
        if (verdict == Verdict.INVALID && credential.isPresent()) {
            throw new IllegalArgumentException("the content of a credential is shown only with a valid verdict");
        }
    }

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }

    /** The result of {@code check}. */
    public CheckResult check(Check check) {
        return checks.stream()
                .filter(result -> result.check() == check)
                .findFirst()
                .orElseThrow();
    }

    /** The reason of the first failed check, the one a refusal is known by (for example {@code revoked}). */
    public Optional<String> failureReason() {
        return checks.stream()
                .filter(result -> result.outcome() == CheckResult.Outcome.FAILED)
                .map(CheckResult::reason)
                .findFirst();
    }
}
