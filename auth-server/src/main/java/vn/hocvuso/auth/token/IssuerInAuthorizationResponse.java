package vn.hocvuso.auth.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Authorization responses that name their issuer: {@code iss} is added to every response delivered
 * to a redirect URI, success and error alike (RFC 9207 §2), so that a client talking to several
 * authorization servers can tell which one answered (mix-up defence, RFC 9700 §4.4). Spring
 * Authorization Server does not add it; these handlers replace its defaults and otherwise answer
 * as they do (RFC 6749 §4.1.2 and §4.1.2.1).
 */
public final class IssuerInAuthorizationResponse implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final String issuer;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    public IssuerInAuthorizationResponse(String issuer) {
        this.issuer = issuer;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthorizationCodeRequestAuthenticationToken granted =
                (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(granted.getRedirectUri())
                .queryParam(
                        OAuth2ParameterNames.CODE,
                        granted.getAuthorizationCode().getTokenValue());
        addStateAndIssuer(uri, granted.getState());
        redirects.sendRedirect(request, response, uri.build(true).toUriString());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        OAuth2Error error = ((OAuth2AuthenticationException) exception).getError();
        OAuth2AuthorizationCodeRequestAuthenticationToken refused =
                exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException requestException
                        ? requestException.getAuthorizationCodeRequestAuthentication()
                        : null;
        if (refused == null || !StringUtils.hasText(refused.getRedirectUri())) {
            // No verified redirect URI: the error is shown to the user, never sent anywhere.
            response.sendError(HttpStatus.BAD_REQUEST.value(), error.getErrorCode());
            return;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(refused.getRedirectUri())
                .queryParam(OAuth2ParameterNames.ERROR, error.getErrorCode());
        if (StringUtils.hasText(error.getDescription())) {
            uri.queryParam(OAuth2ParameterNames.ERROR_DESCRIPTION, encode(error.getDescription()));
        }
        if (StringUtils.hasText(error.getUri())) {
            uri.queryParam(OAuth2ParameterNames.ERROR_URI, encode(error.getUri()));
        }
        addStateAndIssuer(uri, refused.getState());
        redirects.sendRedirect(request, response, uri.build(true).toUriString());
    }

    private void addStateAndIssuer(UriComponentsBuilder uri, String state) {
        if (StringUtils.hasText(state)) {
            uri.queryParam(OAuth2ParameterNames.STATE, encode(state));
        }
        uri.queryParam("iss", encode(issuer));
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
