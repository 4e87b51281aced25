package vn.hocvuso.auth.federation;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

/**
 * The upstream token request, with every failure reported as an OAuth error: some broken answers
 * (random bytes instead of a status line) make the HTTP client throw exceptions Spring Security
 * does not expect from a token endpoint.
 */
public final class GuardedTokenResponseClient
        implements OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

    private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> delegate;

    public GuardedTokenResponseClient(OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> delegate) {
        this.delegate = delegate;
    }

    @Override
    public OAuth2AccessTokenResponse getTokenResponse(OAuth2AuthorizationCodeGrantRequest request) {
        try {
            return delegate.getTokenResponse(request);
        } catch (OAuth2AuthorizationException refused) {
            throw refused;
        } catch (RuntimeException broken) {
            throw new OAuth2AuthorizationException(
                    new OAuth2Error("invalid_token_response", "the upstream token response cannot be read", null),
                    broken);
        }
    }
}
