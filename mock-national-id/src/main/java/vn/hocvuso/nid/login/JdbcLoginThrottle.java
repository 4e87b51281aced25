package vn.hocvuso.nid.login;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed logins in the database, so that a lock holds across restarts and instances. Each step is
 * one atomic statement in its own transaction (no enclosing one: on PostgreSQL a refused insert
 * would abort it), so concurrent wrong passwords are all counted.
 */
@Repository
class JdbcLoginThrottle implements LoginThrottle {

    private final JdbcClient jdbc;

    JdbcLoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        return jdbc.sql("select locked_until from login_throttle where national_id_hash = :key"
                        + " and locked_until is not null and locked_until > :now")
                .param("key", key)
                .param("now", at(now))
                .query((rs, row) ->
                        rs.getObject("locked_until", OffsetDateTime.class).toInstant())
                .optional();
    }

    @Override
    public Optional<Instant> recordFailure(String key, Instant now, int maxAttempts, Duration lockout) {
        if (!increment(key, now)) {
            try {
                jdbc.sql("insert into login_throttle (national_id_hash, failed_attempts, locked_until, updated_at)"
                                + " values (:key, 1, null, :now)")
                        .param("key", key)
                        .param("now", at(now))
                        .update();
            } catch (DuplicateKeyException e) {
                increment(key, now); // a concurrent failure inserted the row first
            }
        }
        jdbc.sql("update login_throttle set locked_until = :until where national_id_hash = :key"
                        + " and locked_until is null and failed_attempts >= :max")
                .param("until", at(now.plus(lockout)))
                .param("key", key)
                .param("max", maxAttempts)
                .update();
        return lockedUntil(key, now);
    }

    /** One more failure; a lock that is over starts a fresh count. */
    private boolean increment(String key, Instant now) {
        return jdbc.sql("update login_throttle set"
                                + " failed_attempts = case when locked_until is not null and locked_until <= :now"
                                + " then 1 else failed_attempts + 1 end,"
                                + " locked_until = case when locked_until is not null and locked_until <= :now"
                                + " then null else locked_until end,"
                                + " updated_at = :now"
                                + " where national_id_hash = :key")
                        .param("now", at(now))
                        .param("key", key)
                        .update()
                == 1;
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from login_throttle where national_id_hash = :key")
                .param("key", key)
                .update();
    }

    @Override
    public int purgeStale(Instant before) {
        return jdbc.sql("delete from login_throttle where updated_at < :before"
                        + " and (locked_until is null or locked_until < :before)")
                .param("before", at(before))
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
