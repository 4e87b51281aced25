package vn.hocvuso.credential.offer;

/** An RFC 6749 §5.2 error response of the token endpoint. */
public final class TokenError extends RuntimeException {

    private final String error;
    private final int httpStatus;

    private TokenError(String error, String description, int httpStatus) {
        super(description);
        this.error = error;
        this.httpStatus = httpStatus;
    }

    public static TokenError invalidRequest(String description) {
        return new TokenError("invalid_request", description, 400);
    }

    public static TokenError invalidGrant(String description) {
        return new TokenError("invalid_grant", description, 400);
    }

    public static TokenError unsupportedGrantType(String description) {
        return new TokenError("unsupported_grant_type", description, 400);
    }

    /** A refused DPoP proof (RFC 9449 §5): {@code invalid_dpop_proof} or {@code use_dpop_nonce}. */
    public static TokenError dpop(String error, String description) {
        return new TokenError(error, description, 400);
    }

    public static TokenError tooLarge(String description) {
        return new TokenError("invalid_request", description, 413);
    }

    public String error() {
        return error;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
