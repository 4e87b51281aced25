package vn.hocvuso.credential.audit;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production access log for benchmarks that wire the agency classes by hand (its class is
 * package-private). Checkpoints are left to the timer (none in a benchmark): sealing adds one ES256
 * signature per 10,000 entries, which the figures would not show.
 */
public final class BenchmarkAccessLog {

    private BenchmarkAccessLog() {}

    public static AccessLog create(JdbcClient jdbc, JdbcTemplate template) {
        return new JdbcAccessLog(jdbc, template, null, new AccessLogProperties(Duration.ofMinutes(5), 0, 5_000));
    }
}
