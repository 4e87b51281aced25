package vn.hocvuso.credential.presentation;

/**
 * A wallet's response that the response endpoint refuses without recording anything (OID4VP 1.0
 * §8.2 with the error format of RFC 6749 §5.2): unknown or closed request, missing or malformed
 * parameters.
 */
public final class ResponseRefused extends RuntimeException {

    private final String error;

    public ResponseRefused(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
