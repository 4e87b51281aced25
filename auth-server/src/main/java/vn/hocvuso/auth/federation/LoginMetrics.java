package vn.hocvuso.auth.federation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts federated logins for the operators ({@code auth_logins_total} at
 * {@code /actuator/prometheus}): a success, or a failure by {@link LoginFailureReason}. Never who: no
 * subject, account or upstream content in a tag.
 */
public final class LoginMetrics {

    public static final String LOGINS = "auth.logins";

    private final MeterRegistry registry;

    public LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void succeeded() {
        count("success", "none");
    }

    void failed(LoginFailureReason reason) {
        count("failure", reason.key());
    }

    private void count(String outcome, String reason) {
        Counter.builder(LOGINS)
                .description("Federated logins: success, or failure by reason")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
