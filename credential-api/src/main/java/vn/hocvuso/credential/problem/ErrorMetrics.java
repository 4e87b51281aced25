package vn.hocvuso.credential.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts error answers for the operators ({@code credentials_errors_total}), by kind and status. The
 * code that writes an error names its kind with {@link #kind}: the problem type's last segment (RFC
 * 9457 §3.1.1) or the OAuth error code (RFC 6749 §5.2); an error no one named counts as
 * {@code http-<status>}. Runs before the security filters, so that their 401 and 403 count too.
 */
public final class ErrorMetrics extends OncePerRequestFilter {

    public static final String ERRORS = "credentials.errors";

    private static final String KIND = ErrorMetrics.class.getName() + ".kind";

    private final MeterRegistry registry;

    public ErrorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Names the kind of the error this request is answered with. */
    public static void kind(HttpServletRequest request, String kind) {
        request.setAttribute(KIND, kind);
    }

    /** Names the kind of the error by its problem type (RFC 9457 §3.1.1): its last segment. */
    public static void kind(HttpServletRequest request, URI type) {
        String text = type.toString();
        kind(request, text.substring(Math.max(text.lastIndexOf(':'), text.lastIndexOf('/')) + 1));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            count("http-500", 500);
            throw e;
        }
        int status = response.getStatus();
        if (status >= 400) {
            Object kind = request.getAttribute(KIND);
            count(kind instanceof String named && isSafe(named) ? named : "http-" + status, status);
        }
    }

    private void count(String kind, int status) {
        Counter.builder(ERRORS)
                .description("Error answers, by kind (problem type or OAuth error code) and status")
                .tag("kind", kind)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
    }

    /** Kinds are ours, short words; anything else is not a tag, so that no tag grows without bound. */
    private static boolean isSafe(String kind) {
        return kind.matches("[a-z0-9_-]{1,40}");
    }
}
