package vn.hocvuso.credential.portal;

import org.springframework.http.HttpStatus;

/** A page request that cannot be served; the error page shows the message key in the visitor's language. */
final class PortalPageException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    PortalPageException(HttpStatus status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
