package vn.hocvuso.credential.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a failed module's quiz may be taken again: not before {@code coolDown} has passed since
 * the last failed attempt, and at most {@code maxAttemptsPerDay} failed attempts in any 24 hours
 * (a rolling window, the same in every time zone). Passing ends the attempts altogether.
 */
public final class RetryRule {

    static final Duration DAY = Duration.ofHours(24);

    private final Duration coolDown;
    private final int maxAttemptsPerDay;

    public RetryRule(Duration coolDown, int maxAttemptsPerDay) {
        this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
        if (coolDown.isNegative() || maxAttemptsPerDay < 1) {
            throw new IllegalArgumentException(
                    "the cool-down is not negative and at least one attempt a day is allowed");
        }
        this.maxAttemptsPerDay = maxAttemptsPerDay;
    }

    /** The decision at {@code now}, given when the earlier failed attempts were (any order). */
    public RetryDecision decide(List<Instant> failedAttempts, Instant now) {
        List<Instant> recent = new ArrayList<>();
        Instant last = null;
        for (Instant attempt : failedAttempts) {
            if (attempt.isAfter(now.minus(DAY))) {
                recent.add(attempt);
            }
            if (last == null || attempt.isAfter(last)) {
                last = attempt;
            }
        }
        Instant notBefore = last == null ? now : last.plus(coolDown);
        if (recent.size() >= maxAttemptsPerDay) {
            recent.sort(null);
            // Allowed again once the window holds one attempt fewer than the maximum.
            Instant windowFrees = recent.get(recent.size() - maxAttemptsPerDay).plus(DAY);
            notBefore = windowFrees.isAfter(notBefore) ? windowFrees : notBefore;
        }
        return notBefore.isAfter(now) ? RetryDecision.from(notBefore) : RetryDecision.now();
    }

    public Duration coolDown() {
        return coolDown;
    }

    public int maxAttemptsPerDay() {
        return maxAttemptsPerDay;
    }
}
