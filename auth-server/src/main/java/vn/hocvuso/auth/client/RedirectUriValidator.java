package vn.hocvuso.auth.client;

import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.util.StringUtils;

/**
 * Redirect URI matching: exact string comparison (RFC 9700 §4.1.3), with one deliberate exception.
 * A public native client registered with a loopback IP redirect URI ({@code http://127.0.0.1/...}
 * or {@code http://[::1]/...}, no port) may use any port at request time (RFC 8252 §7.3), because
 * it listens on whatever port the operating system gives it. The same holds for a confidential
 * client that must push its authorization requests (a wallet app with its own key): its redirect
 * URI only ever arrives on the back channel, authenticated with that key (RFC 9126 §2.4), so a
 * malicious app on the device cannot substitute another port. Nothing else is loosened: not
 * {@code localhost} (RFC 8252 §8.3), not other 127.x addresses, not other confidential clients,
 * not registrations with an explicit port, not the path or query.
 *
 * <p>Spring Authorization Server's own validator relaxes the port for every client and every
 * 127.0.0.0/8 address; this one replaces it.
 */
public final class RedirectUriValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]");

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        RegisteredClient client = context.getRegisteredClient();
        String requested = request.getRedirectUri();
        if (!StringUtils.hasText(requested)) {
            // OIDC Core §3.1.2.1: redirect_uri is required; plain OAuth may omit it with one registered URI.
            if (request.getScopes().contains(OidcScopes.OPENID)
                    || client.getRedirectUris().size() != 1) {
                throw invalidRedirectUri(request);
            }
            return;
        }
        if (client.getRedirectUris().contains(requested)) {
            return;
        }
        if ((isPublicClient(client) || ClientRequirements.pushedAuthorizationRequests(client))
                && matchesLoopbackOnAnyPort(requested, client.getRedirectUris())) {
            return;
        }
        throw invalidRedirectUri(request);
    }

    static boolean isPublicClient(RegisteredClient client) {
        return client.getClientAuthenticationMethods().equals(Set.of(ClientAuthenticationMethod.NONE));
    }

    /** RFC 8252 §7.3: same scheme, loopback IP host, path and query; any port. */
    static boolean matchesLoopbackOnAnyPort(String requested, Set<String> registered) {
        URI candidate = parse(requested);
        if (candidate == null || !isLoopbackIp(candidate) || candidate.getRawFragment() != null) {
            return false;
        }
        for (String value : registered) {
            URI allowed = parse(value);
            if (allowed != null
                    && isLoopbackIp(allowed)
                    && allowed.getPort() == -1
                    && allowed.getHost().equals(candidate.getHost())
                    && Objects.equals(allowed.getRawPath(), candidate.getRawPath())
                    && Objects.equals(allowed.getRawQuery(), candidate.getRawQuery())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopbackIp(URI uri) {
        return "http".equals(uri.getScheme())
                && uri.getRawUserInfo() == null
                && uri.getHost() != null
                && LOOPBACK_HOSTS.contains(uri.getHost());
    }

    private static URI parse(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && !uri.isOpaque() ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * An error for a request whose client and redirect URI this validator has already accepted: it
     * goes back to that redirect URI (the registered one when the request named none), with
     * {@code state} and {@code iss}.
     */
    public static OAuth2AuthorizationCodeRequestAuthenticationException refusedByRedirect(
            OAuth2AuthorizationCodeRequestAuthenticationContext context, OAuth2Error error) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        String redirectUri = StringUtils.hasText(request.getRedirectUri())
                ? request.getRedirectUri()
                : context.getRegisteredClient().getRedirectUris().iterator().next();
        OAuth2AuthorizationCodeRequestAuthenticationToken refused =
                new OAuth2AuthorizationCodeRequestAuthenticationToken(
                        request.getAuthorizationUri(),
                        request.getClientId(),
                        (Authentication) request.getPrincipal(),
                        redirectUri,
                        request.getState(),
                        request.getScopes(),
                        request.getAdditionalParameters());
        return new OAuth2AuthorizationCodeRequestAuthenticationException(error, refused);
    }

    /** Never redirected: a redirect URI that did not match must not receive anything (RFC 6749 §4.1.2.1). */
    private static OAuth2AuthorizationCodeRequestAuthenticationException invalidRedirectUri(
            OAuth2AuthorizationCodeRequestAuthenticationToken request) {
        OAuth2Error error = new OAuth2Error(
                OAuth2ErrorCodes.INVALID_REQUEST,
                "OAuth 2.0 Parameter: " + OAuth2ParameterNames.REDIRECT_URI,
                ERROR_URI);
        OAuth2AuthorizationCodeRequestAuthenticationToken withoutRedirect =
                new OAuth2AuthorizationCodeRequestAuthenticationToken(
                        request.getAuthorizationUri(),
                        request.getClientId(),
                        (Authentication) request.getPrincipal(),
                        null,
                        request.getState(),
                        request.getScopes(),
                        request.getAdditionalParameters());
        return new OAuth2AuthorizationCodeRequestAuthenticationException(error, withoutRedirect);
    }
}
