package vn.hocvuso.credential.agency;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hocvuso.credential.problem.ErrorMetrics;

/** Adds {@code Retry-After} (RFC 9110 §10.2.3) to the 429 problem of the agency API. */
@RestControllerAdvice(basePackageClasses = AgencyApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgencyApiAdvice {

    @ExceptionHandler(AgencyRateLimiter.TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooManyRequests(
            AgencyRateLimiter.TooManyRequests problem, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
        body.setType(problem.type());
        body.setTitle(problem.title());
        body.setInstance(URI.create(request.getRequestURI()));
        problem.properties().forEach(body::setProperty);
        ErrorMetrics.kind(request, problem.type());
        return ResponseEntity.status(problem.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
