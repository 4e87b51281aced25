package vn.hocvuso.auth.federation;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.hocvuso.auth.account.CitizenAuthentication;

/**
 * After a successful upstream login: the session keeps only the {@link CitizenAuthentication}
 * (account id and login facts), not the upstream's tokens and claims, and the browser goes back to
 * the authorization request that sent it to log in (or to the account page).
 */
public final class FederatedLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SavedRequestAwareAuthenticationSuccessHandler next =
            new SavedRequestAwareAuthenticationSuccessHandler();

    private final LoginMetrics metrics;

    public FederatedLoginSuccessHandler(SecurityContextRepository contexts, LoginMetrics metrics) {
        this.contexts = contexts;
        this.metrics = metrics;
        this.next.setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof LinkedCitizen linked)) {
            throw new IllegalStateException("a federated login must end with a linked citizen");
        }
        CitizenAuthentication citizen = linked.citizen();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(citizen);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        metrics.succeeded();
        next.onAuthenticationSuccess(request, response, citizen);
    }
}
