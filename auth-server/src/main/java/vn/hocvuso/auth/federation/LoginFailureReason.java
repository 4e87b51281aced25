package vn.hocvuso.auth.federation;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Why a federated login failed, as a person should be told: the key of the message on the error
 * page and its HTTP status. Upstream error descriptions are never shown or logged, they may carry
 * anything.
 */
public enum LoginFailureReason {
    UPSTREAM_UNAVAILABLE("upstream-unavailable", HttpStatus.BAD_GATEWAY),
    INVALID_RESPONSE("invalid-response", HttpStatus.BAD_GATEWAY),
    CANCELLED("cancelled", HttpStatus.FORBIDDEN),
    ASSURANCE_LEVEL("assurance-level", HttpStatus.FORBIDDEN),
    ACCOUNT_REFUSED("account-refused", HttpStatus.FORBIDDEN),
    ACCOUNT_CONFLICT("account-conflict", HttpStatus.CONFLICT),
    SESSION_EXPIRED("session-expired", HttpStatus.BAD_REQUEST);

    private final String key;
    private final HttpStatus status;

    LoginFailureReason(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public String key() {
        return key;
    }

    public HttpStatus status() {
        return status;
    }

    public static Optional<LoginFailureReason> ofKey(String key) {
        return Arrays.stream(values()).filter(reason -> reason.key.equals(key)).findFirst();
    }

    public static LoginFailureReason of(AuthenticationException failure) {
        if (causedByTheNetwork(failure)) {
            return UPSTREAM_UNAVAILABLE;
        }
        if (refusedFor(failure, UpstreamException.INSUFFICIENT_ASSURANCE)) {
            return ASSURANCE_LEVEL;
        }
        String code = errorCode(failure);
        return switch (code) {
            case UpstreamException.UNAVAILABLE, "temporarily_unavailable", "server_error" -> UPSTREAM_UNAVAILABLE;
            case "authorization_request_not_found", "invalid_state_parameter" -> SESSION_EXPIRED;
            case "access_denied", "login_required", "interaction_required", "consent_required" -> CANCELLED;
            case UpstreamException.INSUFFICIENT_ASSURANCE, "unmet_authentication_requirements" -> ASSURANCE_LEVEL;
            case UpstreamException.ACCOUNT_CONFLICT -> ACCOUNT_CONFLICT;
            case "account_suspended", "account_locked" -> ACCOUNT_REFUSED;
            default -> INVALID_RESPONSE;
        };
    }

    /**
     * The OAuth error code of the failure; a failure to even start the login arrives wrapped by
     * Spring Security, with the upstream's code in its cause.
     */
    public static String errorCode(Throwable failure) {
        Throwable current = failure;
        if (!(current instanceof OAuth2AuthenticationException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError().getErrorCode()
                : "";
    }

    /** An ID token rule's error code, which Spring Security wraps as a plain invalid_id_token. */
    private static boolean refusedFor(Throwable failure, String code) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid
                    && invalid.getErrors().stream().anyMatch(error -> code.equals(error.getErrorCode()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean causedByTheNetwork(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException
                    || cause instanceof ResourceAccessException
                    || cause instanceof HttpServerErrorException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
