package vn.hocvuso.nid.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts logins for the operators ({@code nid_logins_total} at {@code /actuator/prometheus}): a
 * success, or a failure with its reason. Never who: no ID number, no subject, no client in a tag.
 */
@Component
class LoginMetrics {

    static final String LOGINS = "nid.logins";

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void succeeded() {
        count("success", "none");
    }

    void failed(String reason) {
        count("failure", reason);
    }

    /** A password step that did not verify: why, as the page tells it. */
    void failed(LoginOutcome outcome) {
        failed(reasonOf(outcome));
    }

    private static String reasonOf(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.MalformedNumber) {
            return "malformed_number";
        }
        if (outcome instanceof LoginOutcome.Locked) {
            return "locked";
        }
        if (outcome instanceof LoginOutcome.Suspended) {
            return "suspended";
        }
        return "invalid_credentials";
    }

    private void count(String outcome, String reason) {
        Counter.builder(LOGINS)
                .description("Logins at the national identity: success, or failure by reason")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
