package vn.hocvuso.credential.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place our HTTP APIs turn errors into RFC 9457 problem documents
 * ({@code application/problem+json}). Only paths under {@code /api/} are answered here; a page's
 * error is passed on to the readable error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE) // a feature's own, narrower advice (the portal's pages) is asked first
public class ProblemDetailsAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
        body.setType(problem.type());
        body.setTitle(problem.title());
        body.setInstance(URI.create(request.getRequestURI()));
        problem.properties().forEach(body::setProperty);
        return respond(body, request);
    }

    /**
     * Spring MVC's own errors on API paths (unknown path, wrong method, unreadable body, ...), and
     * anything unexpected: a 500 that says nothing of the cause to the caller.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception exception, HttpServletRequest request) throws Exception {
        if (!isApi(request)
                || exception instanceof AccessDeniedException
                || exception instanceof AuthenticationException) {
            throw exception; // pages get the readable error page; security errors go to the security filters
        }
        if (exception instanceof ErrorResponse error) {
            ProblemDetail body = error.getBody();
            body.setType(URI.create(
                    ApiProblem.TYPE_PREFIX + slug(error.getStatusCode().value())));
            ErrorMetrics.kind(request, slug(error.getStatusCode().value()));
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(error.getStatusCode())
                    .headers(error.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        LOG.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; nothing was changed.");
        body.setType(URI.create(ApiProblem.TYPE_PREFIX + "internal-error"));
        body.setTitle("Internal error");
        body.setInstance(URI.create(request.getRequestURI()));
        return respond(body, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body, HttpServletRequest request) {
        ErrorMetrics.kind(request, body.getType());
        return ResponseEntity.status(body.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String slug(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null
                ? "http-" + status
                : known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
