package vn.hocvuso.wallet;

import java.util.Map;

/**
 * A refusal or a failure seen by the wallet: an error response of an issuer or authorization
 * server (with its HTTP status, {@code error} code and description), or a credential that does not verify.
 */
public final class WalletException extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, String> headers;

    public WalletException(String message) {
        this(message, 0, null, Map.of());
    }

    public WalletException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.error = null;
        this.headers = Map.of();
    }

    public WalletException(String message, int status, String error, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    /** The HTTP status of the error response, or 0 when the problem was found by the wallet itself. */
    public int status() {
        return status;
    }

    /** The OAuth / OpenID4VCI {@code error} code of the response, if any. */
    public String error() {
        return error;
    }

    /** Selected response headers, lower-case names (for example {@code www-authenticate}). */
    public Map<String, String> headers() {
        return headers;
    }
}
