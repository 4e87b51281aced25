package vn.hocvuso.auth.client;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refuses an authorization request that a client required to use pushed authorization requests
 * sent on the front channel (RFC 9126 §6): {@code invalid_request}. Runs at the authorization
 * endpoint after the redirect URI check, so the error goes to the client's (verified) redirect
 * URI; an unregistered redirect URI has already been answered with an error page.
 *
 * <p>Spring Authorization Server validates a plain request before authentication and a pushed one
 * after it has replaced the front-channel parameters by the pushed ones; both look the same to a
 * validator. What tells them apart is the HTTP request itself: a pushed request arrives with a
 * {@code request_uri}. With no HTTP request at hand the rule refuses, it never lets through.
 */
public final class PushedRequestRequirement implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc9126#section-6";

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        if (!ClientRequirements.pushedAuthorizationRequests(context.getRegisteredClient()) || cameWithRequestUri()) {
            return;
        }
        throw RedirectUriValidator.refusedByRedirect(
                context,
                new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_REQUEST,
                        "this client must use pushed authorization requests",
                        ERROR_URI));
    }

    private static boolean cameWithRequestUri() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest http = attributes.getRequest();
            return StringUtils.hasText(http.getParameter(OAuth2ParameterNames.REQUEST_URI));
        }
        return false;
    }
}
