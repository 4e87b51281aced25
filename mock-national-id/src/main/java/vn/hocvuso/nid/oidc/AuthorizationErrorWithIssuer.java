package vn.hocvuso.nid.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The error response of the authorization endpoint. When the client and its redirect URI are known
 * good, the error goes back to the client (RFC 6749 §4.1.2.1) with {@code state} and {@code iss}
 * (RFC 9207 §2). Otherwise (unknown client, redirect URI not registered) the browser must not be
 * sent anywhere: it gets a readable error page, status 400, and the error code for the page.
 */
public final class AuthorizationErrorWithIssuer implements AuthenticationFailureHandler {

    /** Request attribute holding the {@link OAuth2Error} for the error page. */
    public static final String ERROR_ATTRIBUTE = AuthorizationErrorWithIssuer.class.getName() + ".error";

    private final RedirectStrategy redirectStrategy = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError()
                : new OAuth2Error("server_error");
        OAuth2AuthorizationCodeRequestAuthenticationToken requested =
                exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException codeRequestException
                        ? codeRequestException.getAuthorizationCodeRequestAuthentication()
                        : null;
        if (requested == null || !StringUtils.hasText(requested.getRedirectUri())) {
            request.setAttribute(ERROR_ATTRIBUTE, error);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(requested.getRedirectUri())
                .queryParam(OAuth2ParameterNames.ERROR, error.getErrorCode());
        if (StringUtils.hasText(error.getDescription())) {
            uri.queryParam(
                    OAuth2ParameterNames.ERROR_DESCRIPTION,
                    AuthorizationResponseWithIssuer.encode(error.getDescription()));
        }
        if (StringUtils.hasText(error.getUri())) {
            uri.queryParam(OAuth2ParameterNames.ERROR_URI, AuthorizationResponseWithIssuer.encode(error.getUri()));
        }
        if (StringUtils.hasText(requested.getState())) {
            uri.queryParam(OAuth2ParameterNames.STATE, AuthorizationResponseWithIssuer.encode(requested.getState()));
        }
        uri.queryParam("iss", AuthorizationResponseWithIssuer.encode(AuthorizationResponseWithIssuer.issuer()));
        redirectStrategy.sendRedirect(request, response, uri.build(true).toUriString());
    }
}
