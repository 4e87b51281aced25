package vn.hocvuso.nid.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts wrong passwords per ID number (by its keyed hash, whether or not a citizen holds it) and
 * locks the number after too many in a row.
 */
public interface LoginThrottle {

    /** The end of the lock on {@code key}, when it is locked at {@code now}. */
    Optional<Instant> lockedUntil(String key, Instant now);

    /**
     * Counts one more wrong password; when that reaches {@code maxAttempts}, locks the key until
     * {@code now + lockout}. Returns the end of the lock if the key is now locked.
     */
    Optional<Instant> recordFailure(String key, Instant now, int maxAttempts, Duration lockout);

    /** Forgets the failures of {@code key}: the right password was given. */
    void clear(String key);

    /** Forgets keys untouched since {@code before} whose lock, if any, is over; returns how many. */
    int purgeStale(Instant before);
}
