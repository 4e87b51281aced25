package vn.hocvuso.credential.provider;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Why a provider's submission (or one row of a bulk submission) was not accepted. Each reason is
 * a problem type {@code urn:hocvuso:problem:<slug>} and a line of the operators' data-quality view.
 */
public enum RejectionReason {
    MISSING_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "Idempotency-Key header missing"),
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "Idempotency-Key header invalid"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    TOO_MANY_ROWS(HttpStatus.CONTENT_TOO_LARGE, "Too many rows"),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "Malformed request body"),
    MALFORMED_ROW(HttpStatus.BAD_REQUEST, "Malformed row"),
    INVALID_FIELD(HttpStatus.BAD_REQUEST, "Missing or invalid field"),
    INVALID_NATIONAL_ID(HttpStatus.UNPROCESSABLE_CONTENT, "Malformed personal identification number"),
    UNKNOWN_PROGRAMME(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown programme"),
    UNKNOWN_MODULE(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown module"),
    SCORE_OUT_OF_RANGE(HttpStatus.UNPROCESSABLE_CONTENT, "Score out of range"),
    FUTURE_DATE(HttpStatus.UNPROCESSABLE_CONTENT, "Assessment date in the future"),
    UNKNOWN_LEARNER(HttpStatus.UNPROCESSABLE_CONTENT, "Learner unknown to the national identity"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused with different content");

    private final HttpStatus status;
    private final String title;

    RejectionReason(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The reason as it appears in problem types, bulk answers and the data-quality view. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
