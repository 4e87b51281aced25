package vn.hocvuso.nid.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.nid.support.ProviderTestBase;

/** The lock in the database, with the time given: no test waits fifteen minutes. */
class LoginThrottleTest extends ProviderTestBase {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    LoginThrottle throttle;

    @Test
    void whenTheFifthFailureIsRecordedThenTheKeyIsLockedForFifteenMinutesExactly() {
        String key = UUID.randomUUID().toString();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(throttle.recordFailure(key, START.plusSeconds(failure), 5, LOCKOUT))
                    .isEmpty();
        }

        assertThat(throttle.recordFailure(key, START.plusSeconds(5), 5, LOCKOUT))
                .contains(START.plusSeconds(5).plus(LOCKOUT));
        assertThat(throttle.lockedUntil(key, START.plusSeconds(5).plus(LOCKOUT).minusSeconds(1)))
                .isPresent();
        assertThat(throttle.lockedUntil(key, START.plusSeconds(5).plus(LOCKOUT)))
                .isEmpty();
    }

    @Test
    void whenALockIsOverThenTheNextFailureStartsAFreshCount() {
        String key = UUID.randomUUID().toString();
        for (int failure = 1; failure <= 5; failure++) {
            throttle.recordFailure(key, START, 5, LOCKOUT);
        }
        Instant later = START.plus(LOCKOUT).plusSeconds(60);

        assertThat(throttle.recordFailure(key, later, 5, LOCKOUT)).isEmpty();
        for (int failure = 2; failure <= 4; failure++) {
            assertThat(throttle.recordFailure(key, later, 5, LOCKOUT)).isEmpty();
        }
        assertThat(throttle.recordFailure(key, later, 5, LOCKOUT)).isPresent();
    }

    @Test
    void whenTheKeyIsClearedThenItsCountIsGone() {
        String key = UUID.randomUUID().toString();
        for (int failure = 1; failure <= 4; failure++) {
            throttle.recordFailure(key, START, 5, LOCKOUT);
        }

        throttle.clear(key);

        assertThat(throttle.recordFailure(key, START, 5, LOCKOUT)).isEmpty();
    }

    @Test
    void whenOldCountersArePurgedThenLiveLocksStay() {
        String old = UUID.randomUUID().toString();
        String locked = UUID.randomUUID().toString();
        throttle.recordFailure(old, START, 5, LOCKOUT);
        for (int failure = 1; failure <= 5; failure++) {
            throttle.recordFailure(locked, START.plus(Duration.ofDays(2)), 5, LOCKOUT);
        }

        throttle.purgeStale(START.plus(Duration.ofDays(1)));

        assertThat(throttle.recordFailure(old, START.plus(Duration.ofDays(2)), 1, LOCKOUT))
                .as("a fresh count: its first failure reaches a limit of one")
                .isPresent();
        assertThat(throttle.lockedUntil(locked, START.plus(Duration.ofDays(2)))).isPresent();
    }
}
