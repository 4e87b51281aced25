package vn.hocvuso.auth.federation;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A federated login that cannot go on because of the upstream: unreachable, or answering something
 * that is not acceptable. An authentication failure, so that Spring Security hands it to the login
 * failure handler, which shows a readable page.
 */
public final class UpstreamException extends OAuth2AuthenticationException {

    /** The upstream could not be reached or did not answer in time. */
    public static final String UNAVAILABLE = "upstream_unavailable";
    /** The upstream answered something this server does not accept. */
    public static final String INVALID_RESPONSE = "invalid_upstream_response";
    /** The authorization response named another issuer, or none although the upstream promised it. */
    public static final String ISSUER_MISMATCH = "upstream_issuer_mismatch";
    /** The login's assurance level is below what the client needs. */
    public static final String INSUFFICIENT_ASSURANCE = "insufficient_assurance";
    /** The ID number is linked to another upstream identity. */
    public static final String ACCOUNT_CONFLICT = "account_conflict";

    public UpstreamException(String code, String description) {
        super(new OAuth2Error(code, description, null), description);
    }

    public UpstreamException(String code, String description, Throwable cause) {
        super(new OAuth2Error(code, description, null), description, cause);
    }
}
