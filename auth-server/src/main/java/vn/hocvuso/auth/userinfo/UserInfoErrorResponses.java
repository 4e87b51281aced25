package vn.hocvuso.auth.userinfo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Errors of the userinfo endpoint once the token was accepted (OIDC Core §5.3.3, RFC 6750 §3): the
 * status of the error code, a {@code WWW-Authenticate: Bearer} header naming it, and the JSON body.
 */
public final class UserInfoErrorResponses implements AuthenticationFailureHandler {

    private final HttpMessageConverter<OAuth2Error> errors = new OAuth2ErrorHttpMessageConverter();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN);
        HttpStatus status = switch (error.getErrorCode()) {
            case OAuth2ErrorCodes.INVALID_TOKEN -> HttpStatus.UNAUTHORIZED;
            case OAuth2ErrorCodes.INSUFFICIENT_SCOPE -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        StringBuilder challenge = new StringBuilder("Bearer error=\"")
                .append(error.getErrorCode())
                .append('"');
        if (error.getDescription() != null) {
            challenge
                    .append(", error_description=\"")
                    .append(error.getDescription().replace("\"", "'"))
                    .append('"');
        }
        response.setHeader("WWW-Authenticate", challenge.toString());
        ServletServerHttpResponse http = new ServletServerHttpResponse(response);
        http.setStatusCode(status);
        errors.write(error, null, http);
    }
}
