package vn.hocvuso.auth.release;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2PushedAuthorizationRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A claim asked for by name in the {@code claims} parameter (OIDC Core §5.5) is released under the
 * same rule as one asked for by scope: this converter adds the scope that carries it (for example
 * {@code profile} for {@code name}) to the request, when the client is registered for that scope.
 * The citizen then sees and approves it on the consent page like any scope, the consent records it,
 * and the tokens say it. A claim of a scope the client may not ask for is ignored, as are unknown
 * claims. Requests without {@code openid}, or whose claims parameter is malformed (refused later by
 * {@link ClaimsRequestValidator}), pass unchanged.
 */
public final class ClaimsRequestScopes implements AuthenticationConverter {

    private final AuthenticationConverter delegate;
    private final RegisteredClientRepository clients;

    public ClaimsRequestScopes(AuthenticationConverter delegate, RegisteredClientRepository clients) {
        this.delegate = delegate;
        this.clients = clients;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (!(converted instanceof OAuth2AuthorizationCodeRequestAuthenticationToken
                || converted instanceof OAuth2PushedAuthorizationRequestAuthenticationToken)) {
            return converted;
        }
        return withClaimScopes(converted);
    }

    private Authentication withClaimScopes(Authentication converted) {
        String clientId;
        Set<String> scopes;
        Object claims;
        if (converted instanceof OAuth2AuthorizationCodeRequestAuthenticationToken code) {
            clientId = code.getClientId();
            scopes = code.getScopes();
            claims = code.getAdditionalParameters().get(ClaimsRequest.PARAMETER);
        } else {
            OAuth2PushedAuthorizationRequestAuthenticationToken pushed =
                    (OAuth2PushedAuthorizationRequestAuthenticationToken) converted;
            clientId = pushed.getClientId();
            scopes = pushed.getScopes();
            claims = pushed.getAdditionalParameters().get(ClaimsRequest.PARAMETER);
        }
        if (!(claims instanceof String text) || !scopes.contains(OidcScopes.OPENID)) {
            return converted;
        }
        Set<String> wanted;
        try {
            wanted = ClaimsRequest.parse(text).scopes();
        } catch (IllegalArgumentException e) {
            return converted;
        }
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            return converted;
        }
        Set<String> expanded = new LinkedHashSet<>(scopes);
        wanted.stream().filter(client.getScopes()::contains).forEach(expanded::add);
        if (expanded.equals(scopes)) {
            return converted;
        }
        if (converted instanceof OAuth2AuthorizationCodeRequestAuthenticationToken code) {
            return new OAuth2AuthorizationCodeRequestAuthenticationToken(
                    code.getAuthorizationUri(),
                    code.getClientId(),
                    (Authentication) code.getPrincipal(),
                    code.getRedirectUri(),
                    code.getState(),
                    expanded,
                    code.getAdditionalParameters());
        }
        OAuth2PushedAuthorizationRequestAuthenticationToken pushed =
                (OAuth2PushedAuthorizationRequestAuthenticationToken) converted;
        return new OAuth2PushedAuthorizationRequestAuthenticationToken(
                pushed.getAuthorizationUri(),
                pushed.getClientId(),
                (Authentication) pushed.getPrincipal(),
                pushed.getRedirectUri(),
                pushed.getState(),
                expanded,
                pushed.getAdditionalParameters());
    }
}
