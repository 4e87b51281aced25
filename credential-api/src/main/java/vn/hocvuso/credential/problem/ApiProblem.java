package vn.hocvuso.credential.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * An error our API answers with an RFC 9457 problem document. Thrown by controllers and use cases;
 * {@link ProblemDetailsAdvice} writes it. The detail is for a developer and never holds personal
 * data (no ID number, no name).
 */
public class ApiProblem extends RuntimeException {

    /** Problem types are URNs (RFC 9457 §3.1.1): stable identifiers that do not depend on our address. */
    public static final String TYPE_PREFIX = "urn:hocvuso:problem:";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final transient Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = Objects.requireNonNull(status, "status");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.title = Objects.requireNonNull(title, "title");
        this.properties = new LinkedHashMap<>(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + slug);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extension members (RFC 9457 §3.2), for example {@code reason}. */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
