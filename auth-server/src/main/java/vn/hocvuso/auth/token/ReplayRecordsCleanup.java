package vn.hocvuso.auth.token;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hocvuso.auth.client.assertion.JdbcAssertionJtiStore;

/** Deletes replay-protection rows whose token or assertion has expired: they can no longer be replayed. */
public final class ReplayRecordsCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayRecordsCleanup.class);

    private final JdbcConsumedTokenStore consumed;
    private final JdbcAssertionJtiStore jtis;
    private final Clock clock;

    public ReplayRecordsCleanup(JdbcConsumedTokenStore consumed, JdbcAssertionJtiStore jtis, Clock clock) {
        this.consumed = consumed;
        this.jtis = jtis;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${auth.tokens.cleanup-interval:1m}")
    public void deleteExpired() {
        int tokens = consumed.deleteExpired(clock.instant());
        int assertions = jtis.deleteExpired(clock.instant());
        if (tokens + assertions > 0) {
            LOG.debug("deleted {} spent token and {} assertion records past their expiry", tokens, assertions);
        }
    }
}
