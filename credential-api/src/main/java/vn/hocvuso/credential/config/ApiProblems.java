package vn.hocvuso.credential.config;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.hocvuso.credential.problem.ErrorMetrics;

/**
 * The one place where our own APIs ({@link ProblemDetailsApi} controllers: operators' status API,
 * verification API) turn errors into RFC 9457 problem details ({@code application/problem+json}):
 * Spring MVC's standard exceptions (malformed or invalid body, wrong media type, unknown method),
 * the {@code ErrorResponseException}s the controllers throw, and a body over the size limit (413).
 */
@RestControllerAdvice(annotations = ProblemDetailsApi.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_PREFIX = "urn:vn:hocvuso:credential:problem:";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.TooLarge tooLarge) {
                ProblemDetail problem =
                        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
                problem.setTitle("Request body too large");
                problem.setType(URI.create(TYPE_PREFIX + "too-large"));
                countAs(request, problem);
                return handleExceptionInternal(exception, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
        problem.setTitle("Malformed request");
        problem.setType(URI.create(TYPE_PREFIX + "malformed-request"));
        countAs(request, problem);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static void countAs(WebRequest request, ProblemDetail problem) {
        if (request instanceof ServletWebRequest servlet) {
            ErrorMetrics.kind(servlet.getRequest(), problem.getType());
        }
    }
}
