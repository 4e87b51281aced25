package vn.hocvuso.auth.federation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last line of "every failed login ends on a readable page": an upstream answer odd enough to
 * break a library below us (an HTTP status of -1, a userinfo object Spring Security cannot build)
 * surfaces as a plain runtime exception rather than an authentication failure; on the two
 * federation paths it is turned into one and handled like every other.
 */
public final class FederationFailureGuard extends OncePerRequestFilter {

    private final AuthenticationFailureHandler failureHandler;

    public FederationFailureGuard(AuthenticationFailureHandler failureHandler) {
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(UpstreamAuthorizationRequestResolver.START_PATH)
                && !path.equals(NationalIdClientRegistrations.CALLBACK_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException failure) {
            if (response.isCommitted() || failure instanceof AuthenticationException) {
                throw failure;
            }
            failureHandler.onAuthenticationFailure(
                    request,
                    response,
                    new UpstreamException(
                            UpstreamException.INVALID_RESPONSE, "the upstream's answer broke the login", failure));
        }
    }
}
