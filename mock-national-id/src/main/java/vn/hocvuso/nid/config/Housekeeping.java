package vn.hocvuso.nid.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hocvuso.nid.client.ClientAssertionReplay;
import vn.hocvuso.nid.client.ClientAssertionValidator;
import vn.hocvuso.nid.login.LoginThrottle;
import vn.hocvuso.nid.oidc.JdbcSpentAuthorizations;

/**
 * Deletes rows that can no longer matter, so that tables grow with activity, not with time: used
 * client assertion ids past their expiry, failed-login counters untouched for a day, and
 * authorizations whose code and tokens all expired more than a day ago.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Housekeeping {

    static final Duration RETENTION = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ClientAssertionReplay assertions;
    private final LoginThrottle throttle;
    private final JdbcSpentAuthorizations authorizations;
    private final Clock clock;

    Housekeeping(
            ClientAssertionReplay assertions,
            LoginThrottle throttle,
            JdbcSpentAuthorizations authorizations,
            Clock clock) {
        this.assertions = assertions;
        this.throttle = throttle;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${nid.housekeeping-interval:10m}",
            initialDelayString = "${nid.housekeeping-interval:10m}")
    void purge() {
        Instant now = clock.instant();
        // a used jti is kept past its expiry for the clock skew that assertions are allowed
        int jtis = assertions.purgeExpired(now.minus(ClientAssertionValidator.CLOCK_SKEW));
        int failures = throttle.purgeStale(now.minus(RETENTION));
        int spent = authorizations.purgeExpiredBefore(now.minus(RETENTION));
        if (jtis + failures + spent > 0) {
            LOG.info(
                    "housekeeping removed {} used assertion ids, {} failed-login counters, {} authorizations",
                    jtis,
                    failures,
                    spent);
        }
    }
}
