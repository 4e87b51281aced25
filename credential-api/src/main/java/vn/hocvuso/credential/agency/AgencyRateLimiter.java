package vn.hocvuso.credential.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.problem.ApiProblem;

/**
 * Per-agency rate limits in fixed windows: one budget of single queries, one of rows (each bulk row
 * and each staff member of a roster check counts one). Over the budget, 429 with {@code Retry-After}
 * (RFC 6585 §4, RFC 9110 §10.2.3) and nothing counted. The counter commits in its own transaction,
 * before the request's work: a request that then fails has still been counted.
 */
@Component
public class AgencyRateLimiter {

    /** Thrown when an agency is over its budget; carries the seconds until the window ends. */
    public static final class TooManyRequests extends ApiProblem {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too many requests",
                    "this agency's query budget for the current window is used up; retry after the time given",
                    Map.of("retryAfter", retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final JdbcRateCounter counter;
    private final AgencyLimits limits;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AgencyRateLimiter(
            JdbcRateCounter counter, AgencyLimits limits, Clock clock, PlatformTransactionManager transactions) {
        this.counter = counter;
        this.limits = limits;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts one single query, or throws {@link TooManyRequests}. */
    public void single(String agencyId) {
        consume(agencyId, "single", 1, limits.singlePerWindow(agencyId));
    }

    /** Counts {@code rows} bulk rows or roster checks, or throws {@link TooManyRequests}. */
    public void rows(String agencyId, long rows) {
        consume(agencyId, "rows", rows, limits.rowsPerWindow(agencyId));
    }

    private void consume(String agencyId, String budget, long amount, long limit) {
        long windowMillis = limits.window().toMillis();
        Instant now = clock.instant();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
        if (!tryAdd(agencyId, budget, start, amount, limit)) {
            Duration left = Duration.between(now, start.plusMillis(windowMillis));
            throw new TooManyRequests(Math.max(1, (left.toMillis() + 999) / 1000));
        }
    }

    private boolean tryAdd(String agencyId, String budget, Instant start, long amount, long limit) {
        try {
            return ownTransaction.execute(status -> counter.tryAdd(agencyId, budget, start, amount, limit));
        } catch (RuntimeException e) {
            if (!JdbcRateCounter.isRace(e)) {
                throw e;
            }
            // Another request opened the window between our update and insert: its row is there now.
            return ownTransaction.execute(status -> counter.tryAdd(agencyId, budget, start, amount, limit));
        }
    }
}
