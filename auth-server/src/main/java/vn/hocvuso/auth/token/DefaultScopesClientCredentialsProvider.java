package vn.hocvuso.auth.token;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * A {@code client_credentials} request without {@code scope} gets every scope the client is
 * registered for: the pre-defined default RFC 6749 §3.3 allows, instead of a token good for nothing.
 */
public final class DefaultScopesClientCredentialsProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    public DefaultScopesClientCredentialsProvider(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientCredentialsAuthenticationToken request =
                (OAuth2ClientCredentialsAuthenticationToken) authentication;
        if (request.getScopes().isEmpty()
                && request.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            RegisteredClient registered = client.getRegisteredClient();
            return delegate.authenticate(new OAuth2ClientCredentialsAuthenticationToken(
                    client, registered.getScopes(), request.getAdditionalParameters()));
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientCredentialsAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
