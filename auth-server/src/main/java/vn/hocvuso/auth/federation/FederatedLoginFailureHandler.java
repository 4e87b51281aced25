package vn.hocvuso.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed federated login ends here: one log line with the reason and the error code (never a
 * description, which may echo upstream content), and the browser is sent to a readable error page.
 * Nothing was created and no code was issued: account creation is the last step of a login.
 */
public final class FederatedLoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FederatedLoginFailureHandler.class);

    private final LoginMetrics metrics;

    public FederatedLoginFailureHandler(LoginMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        LoginFailureReason reason = LoginFailureReason.of(failure);
        String code = LoginFailureReason.errorCode(failure);
        LOG.warn("federated login failed: reason={} code={} causes={}", reason.key(), sanitize(code), causes(failure));
        metrics.failed(reason);
        response.sendRedirect(request.getContextPath() + "/login/failed?reason=" + reason.key());
    }

    /** The exception classes of the failure, outermost first: never their messages, which may echo upstream content. */
    static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null && chain.length() < 400; cause = cause.getCause()) {
            if (!chain.isEmpty()) {
                chain.append('>');
            }
            chain.append(cause.getClass().getSimpleName());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return chain.toString();
    }

    /** Upstream error codes are upstream content: keep a short token of safe characters. */
    static String sanitize(String code) {
        String safe = code == null ? "" : code.replaceAll("[^A-Za-z_.-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }
}
