package vn.hocvuso.credential.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryRuleTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final RetryRule RULE = new RetryRule(Duration.ofMinutes(10), 3);

    @Test
    void whenTheQuizWasNeverFailedThenItMayBeTakenNow() {
        RetryDecision decision = RULE.decide(List.of(), NOW);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.notBefore()).isEmpty();
    }

    @Test
    void whenTheLastFailureIsWithinTheCoolDownThenTheRetryWaitsUntilItEnds() {
        Instant failed = NOW.minus(Duration.ofMinutes(4));

        RetryDecision decision = RULE.decide(List.of(failed), NOW);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.notBefore()).contains(failed.plus(Duration.ofMinutes(10)));
    }

    @Test
    void whenTheCoolDownHasPassedThenTheQuizMayBeTakenAgain() {
        RetryDecision decision = RULE.decide(List.of(NOW.minus(Duration.ofMinutes(10))), NOW);

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void whenTheDailyMaximumOfFailuresIsReachedThenTheRetryWaitsUntilTheOldestLeavesTheDay() {
        Instant first = NOW.minus(Duration.ofHours(5));
        List<Instant> failures = List.of(NOW.minus(Duration.ofHours(1)), first, NOW.minus(Duration.ofHours(3)));

        RetryDecision decision = RULE.decide(failures, NOW);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.notBefore()).contains(first.plus(Duration.ofHours(24)));
    }

    @Test
    void whenFailuresAreOlderThanADayThenTheyNoLongerCount() {
        List<Instant> failures = List.of(
                NOW.minus(Duration.ofHours(30)), NOW.minus(Duration.ofHours(26)), NOW.minus(Duration.ofHours(2)));

        RetryDecision decision = RULE.decide(failures, NOW);

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void whenBothTheCoolDownAndTheDailyLimitApplyThenTheLaterTimeWins() {
        RetryRule rule = new RetryRule(Duration.ofHours(2), 2);
        Instant last = NOW.minus(Duration.ofMinutes(30));
        List<Instant> failures = List.of(NOW.minus(Duration.ofHours(23).plusMinutes(50)), last);

        RetryDecision decision = rule.decide(failures, NOW);

        // The day frees up in 10 minutes, but the cool-down runs 90 more minutes.
        assertThat(decision.notBefore()).contains(last.plus(Duration.ofHours(2)));
    }

    @Test
    void whenTheRuleIsNonsensicalThenItCannotBeMade() {
        assertThatThrownBy(() -> new RetryRule(Duration.ofMinutes(-1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryRule(Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
