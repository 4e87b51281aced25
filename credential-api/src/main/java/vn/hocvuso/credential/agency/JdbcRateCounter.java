package vn.hocvuso.credential.agency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fixed-window counters in {@code agency_rate_window}. A conditional update adds to the counter
 * only while the sum stays within the limit, so concurrent requests on any instance never pass it.
 * The caller runs each call in a transaction of its own.
 */
@Repository
class JdbcRateCounter {

    private final JdbcClient jdbc;

    JdbcRateCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code amount} to the window's counter if it stays within {@code limit}; false (and nothing changed) if not. */
    boolean tryAdd(String agencyId, String budget, Instant windowStart, long amount, long limit) {
        if (amount > limit) {
            return false;
        }
        OffsetDateTime start = windowStart.atOffset(ZoneOffset.UTC);
        int added = jdbc.sql("update agency_rate_window set used = used + ? where agency_id = ? and budget = ?"
                        + " and window_start = ? and used + ? <= ?")
                .params(amount, agencyId, budget, start, amount, limit)
                .update();
        if (added == 1) {
            return true;
        }
        boolean exists = jdbc.sql("select count(*) from agency_rate_window where agency_id = ? and budget = ?"
                                + " and window_start = ?")
                        .params(agencyId, budget, start)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("delete from agency_rate_window where agency_id = ? and budget = ? and window_start < ?")
                .params(agencyId, budget, start)
                .update();
        jdbc.sql("insert into agency_rate_window (agency_id, budget, window_start, used) values (?, ?, ?, ?)")
                .params(agencyId, budget, start, amount)
                .update();
        return true;
    }

    /** Whether {@code exception} is another instance having opened the same window first: retry. */
    static boolean isRace(RuntimeException exception) {
        return exception instanceof DuplicateKeyException;
    }
}
