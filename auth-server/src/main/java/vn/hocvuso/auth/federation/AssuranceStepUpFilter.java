package vn.hocvuso.auth.federation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hocvuso.auth.account.CitizenAuthentication;
import vn.hocvuso.auth.authorize.EffectiveAuthorizationParameters;

/**
 * Step-up at our authorization endpoint: a citizen logged in at level 1 who arrives with an
 * authorization request of a client that needs level 2 logs in again upstream, asking for level 2,
 * before any code is issued; the request resumes afterwards. Without this, a level-1 session would
 * satisfy every client.
 */
public final class AssuranceStepUpFilter extends OncePerRequestFilter {

    private final String authorizationEndpoint;
    private final PendingAuthorization clients;
    private final RequestCache requestCache;

    public AssuranceStepUpFilter(
            String authorizationEndpoint, PendingAuthorization clients, RequestCache requestCache) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.clients = clients;
        this.requestCache = requestCache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EffectiveAuthorizationParameters.isAuthorizationRequest(request, authorizationEndpoint);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Map<String, String> parameters = clients.parameters(request);
        String clientId = parameters.get("client_id");
        if (current instanceof CitizenAuthentication citizen && clientId != null) {
            // The client's registered level, or a stricter one its acr_values ask for.
            Optional<AssuranceLevel> required = AssuranceLevel.stricter(
                    clients.relyingParty(clientId).flatMap(client -> client.requiredLevel()),
                    AssuranceLevel.requested(parameters.get("acr_values")));
            Optional<AssuranceLevel> actual = AssuranceLevel.of(citizen.acr());
            if (required.isPresent() && (actual.isEmpty() || !actual.get().satisfies(required.get()))) {
                requestCache.saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + UpstreamAuthorizationRequestResolver.START_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
