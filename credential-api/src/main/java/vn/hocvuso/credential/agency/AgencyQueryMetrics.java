package vn.hocvuso.credential.agency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.audit.AccessEvent;

/**
 * Counts agency looks for the operators ({@code credentials_agency_queries_total}), one per
 * access-log entry, by channel (single, bulk row, roster) and outcome (answered, refused). Never
 * which agency or whom: the access log is where that is kept, for the citizen to see.
 */
@Component
public class AgencyQueryMetrics {

    public static final String QUERIES = "credentials.agency.queries";

    private final MeterRegistry registry;

    public AgencyQueryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(List<AccessEvent> events) {
        for (AccessEvent event : events) {
            Counter.builder(QUERIES)
                    .description("Agency looks at a citizen's status, by channel and outcome")
                    .tag("channel", event.channel().value())
                    .tag("outcome", event.outcome().value())
                    .register(registry)
                    .increment();
        }
    }
}
