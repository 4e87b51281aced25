package vn.hocvuso.credential.config;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A refusal answered with a {@code DPoP} challenge (RFC 9449 §7.1): a refused proof, a token
 * that is not DPoP-bound presented as one, or a DPoP-bound token presented as a bearer token (§7.2).
 */
final class DPoPAuthenticationException extends OAuth2AuthenticationException {

    DPoPAuthenticationException(OAuth2Error error) {
        super(error, error.getDescription());
    }
}
