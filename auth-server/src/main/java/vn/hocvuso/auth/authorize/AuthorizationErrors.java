package vn.hocvuso.auth.authorize;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;

/**
 * Error answers to an authorization request that our own filters refuse before Spring Authorization
 * Server sees it: delivered to the client's redirect URI (with {@code state} and {@code iss}) only
 * when the client is registered and the redirect URI passes the same check as everywhere else;
 * otherwise the citizen sees our error page (status 400) and nothing is sent anywhere
 * (RFC 6749 §4.1.2.1).
 */
public final class AuthorizationErrors {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "anonymous", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final RegisteredClientRepository clients;
    private final Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> redirectUris;
    private final AuthenticationFailureHandler errorResponses;

    public AuthorizationErrors(
            RegisteredClientRepository clients,
            Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> redirectUris,
            AuthenticationFailureHandler errorResponses) {
        this.clients = clients;
        this.redirectUris = redirectUris;
        this.errorResponses = errorResponses;
    }

    /** The registered client the parameters name, or null. */
    public RegisteredClient client(Map<String, String> parameters) {
        String clientId = parameters.get("client_id");
        return StringUtils.hasText(clientId) ? clients.findByClientId(clientId) : null;
    }

    /** The redirect URI an error may go to, or null when the client or the URI does not check out. */
    public String verifiedRedirectUri(Map<String, String> parameters) {
        RegisteredClient client = client(parameters);
        if (client == null) {
            return null;
        }
        OAuth2AuthorizationCodeRequestAuthenticationToken request = token(parameters, parameters.get("redirect_uri"));
        try {
            redirectUris.accept(OAuth2AuthorizationCodeRequestAuthenticationContext.with(request)
                    .registeredClient(client)
                    .build());
        } catch (OAuth2AuthorizationCodeRequestAuthenticationException refused) {
            return null;
        }
        String requested = parameters.get("redirect_uri");
        return StringUtils.hasText(requested)
                ? requested
                : client.getRedirectUris().iterator().next();
    }

    /** Sends {@code error} to the client, or shows the error page when the redirect URI is not verified. */
    public void send(
            HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters, OAuth2Error error)
            throws IOException {
        String redirectUri = verifiedRedirectUri(parameters);
        if (redirectUri == null) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), error.getErrorCode());
            return;
        }
        try {
            errorResponses.onAuthenticationFailure(
                    request,
                    response,
                    new OAuth2AuthorizationCodeRequestAuthenticationException(error, token(parameters, redirectUri)));
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    private static OAuth2AuthorizationCodeRequestAuthenticationToken token(
            Map<String, String> parameters, String redirectUri) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        String scope = parameters.get("scope");
        Set<String> scopes = StringUtils.hasText(scope)
                ? new HashSet<>(Arrays.asList(scope.trim().split("\\s+")))
                : Set.of();
        return new OAuth2AuthorizationCodeRequestAuthenticationToken(
                "/oauth2/authorize",
                parameters.getOrDefault("client_id", ""),
                current == null ? ANONYMOUS : current,
                redirectUri,
                parameters.get("state"),
                scopes,
                Map.of());
    }
}
