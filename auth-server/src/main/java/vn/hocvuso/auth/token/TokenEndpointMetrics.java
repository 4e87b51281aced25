package vn.hocvuso.auth.token;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Counts the token endpoint's answers for the operators: tokens issued by grant type
 * ({@code auth_tokens_issued_total}) and errors by OAuth error code ({@code auth_errors_total},
 * RFC 6749 §5.2). Spring Authorization Server's own handlers still write the responses. Tags come
 * from fixed lists (an unknown grant type counts as {@code other}): never a client id or a token.
 */
public final class TokenEndpointMetrics {

    public static final String TOKENS_ISSUED = "auth.tokens.issued";
    public static final String ERRORS = "auth.errors";

    private static final Set<String> GRANT_TYPES = Set.of(
            AuthorizationGrantType.AUTHORIZATION_CODE.getValue(),
            AuthorizationGrantType.REFRESH_TOKEN.getValue(),
            AuthorizationGrantType.CLIENT_CREDENTIALS.getValue(),
            AuthorizationGrantType.DEVICE_CODE.getValue(),
            AuthorizationGrantType.TOKEN_EXCHANGE.getValue(),
            AuthorizationGrantType.JWT_BEARER.getValue());

    private final MeterRegistry registry;

    public TokenEndpointMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The token response, counted by the request's grant type. */
    public AuthenticationSuccessHandler tokenResponses() {
        AuthenticationSuccessHandler next = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            // Counted before the answer is written, so that a client that has its token sees it counted.
            Counter.builder(TOKENS_ISSUED)
                    .description("Access tokens issued at the token endpoint, by grant type")
                    .tag("grant_type", grantType(request))
                    .register(registry)
                    .increment();
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** An OAuth error response of {@code endpoint} (token, client authentication), counted by its code. */
    public AuthenticationFailureHandler errorResponses(String endpoint) {
        AuthenticationFailureHandler next = new OAuth2ErrorAuthenticationFailureHandler();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            countError(endpoint, failure);
            next.onAuthenticationFailure(request, response, failure);
        };
    }

    /**
     * A failed client authentication, counted by its code, then answered as Spring Authorization
     * Server's {@code OAuth2ClientAuthenticationFilter} does: 401 for {@code invalid_client}, 400
     * otherwise, the error code without its description (RFC 6749 §5.2).
     */
    public AuthenticationFailureHandler clientAuthenticationErrors() {
        HttpMessageConverter<OAuth2Error> errors = new OAuth2ErrorHttpMessageConverter();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            countError("client_authentication", failure);
            SecurityContextHolder.clearContext();
            OAuth2Error error = failure instanceof OAuth2AuthenticationException oauth2
                    ? oauth2.getError()
                    : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
            ServletServerHttpResponse http = new ServletServerHttpResponse(response);
            http.setStatusCode(
                    OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())
                            ? HttpStatus.UNAUTHORIZED
                            : HttpStatus.BAD_REQUEST);
            errors.write(new OAuth2Error(error.getErrorCode()), null, http);
        };
    }

    private void countError(String endpoint, AuthenticationException failure) {
        String code = failure instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError().getErrorCode()
                : "server_error";
        Counter.builder(ERRORS)
                .description("OAuth error responses, by endpoint and error code")
                .tag("endpoint", endpoint)
                .tag("error", safe(code))
                .register(registry)
                .increment();
    }

    private static String grantType(HttpServletRequest request) {
        String grantType = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
        return grantType != null && GRANT_TYPES.contains(grantType) ? grantType : "other";
    }

    /** Error codes are ours or Spring's, a short word; anything else is folded, so that no tag grows without bound. */
    private static String safe(String code) {
        return code != null && code.matches("[a-z_]{1,40}") ? code : "other";
    }
}
