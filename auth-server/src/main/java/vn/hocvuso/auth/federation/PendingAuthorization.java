package vn.hocvuso.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import vn.hocvuso.auth.client.RelyingParty;

/**
 * The client whose authorization request sent the citizen to log in, if any: Spring Security keeps
 * that request in the session while the login runs. Decides the assurance level asked upstream and
 * the name shown on the login page.
 */
public final class PendingAuthorization {

    private final RequestCache requestCache;
    private final RegisteredClientRepository clients;

    public PendingAuthorization(RequestCache requestCache, RegisteredClientRepository clients) {
        this.requestCache = requestCache;
        this.clients = clients;
    }

    public Optional<RelyingParty> client(HttpServletRequest request) {
        SavedRequest saved = requestCache.getRequest(request, null);
        if (saved == null) {
            return Optional.empty();
        }
        String[] clientIds = saved.getParameterValues("client_id");
        if (clientIds == null || clientIds.length != 1) {
            return Optional.empty();
        }
        return relyingParty(clientIds[0]);
    }

    /** A parameter of the pending authorization request, if it has exactly one value. */
    public Optional<String> parameter(HttpServletRequest request, String name) {
        SavedRequest saved = requestCache.getRequest(request, null);
        String[] values = saved == null ? null : saved.getParameterValues(name);
        return values == null || values.length != 1 ? Optional.empty() : Optional.of(values[0]);
    }

    public Optional<RelyingParty> relyingParty(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        return client == null ? Optional.empty() : Optional.of(RelyingParty.of(client));
    }
}
