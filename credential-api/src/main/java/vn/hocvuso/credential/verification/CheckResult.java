package vn.hocvuso.credential.verification;

import java.util.Objects;

/**
 * The outcome of one check.
 *
 * @param check which check
 * @param outcome passed, failed, or not checked (an earlier failure made it meaningless)
 * @param reason a stable code: what the API returns and what the pages translate
 * @param detail an English sentence for people reading the API's answer; never personal data
 */
public record CheckResult(Check check, Outcome outcome, String reason, String detail) {

    /** What a check concluded. */
    public enum Outcome {
        PASSED,
        FAILED,
        NOT_CHECKED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    public static CheckResult passed(Check check, String reason, String detail) {
        return new CheckResult(check, Outcome.PASSED, reason, detail);
    }

    public static CheckResult failed(Check check, CheckFailure failure) {
        return new CheckResult(check, Outcome.FAILED, failure.reason(), failure.getMessage());
    }

    public static CheckResult notChecked(Check check) {
        return new CheckResult(check, Outcome.NOT_CHECKED, "not_checked", "not checked: an earlier check failed");
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
