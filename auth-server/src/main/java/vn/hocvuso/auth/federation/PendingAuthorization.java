package vn.hocvuso.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import vn.hocvuso.auth.authorize.EffectiveAuthorizationParameters;
import vn.hocvuso.auth.client.RelyingParty;

/**
 * The client whose authorization request sent the citizen to log in, if any: Spring Security keeps
 * that request in the session while the login runs. Decides the assurance level asked upstream and
 * the name shown on the login page.
 */
public final class PendingAuthorization {

    private final RequestCache requestCache;
    private final RegisteredClientRepository clients;
    private final EffectiveAuthorizationParameters effective;

    public PendingAuthorization(
            RequestCache requestCache, RegisteredClientRepository clients, EffectiveAuthorizationParameters effective) {
        this.requestCache = requestCache;
        this.clients = clients;
        this.effective = effective;
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

    /**
     * A parameter of the pending authorization request, if it has exactly one value; of a pushed
     * request, the pushed value ({@link EffectiveAuthorizationParameters}).
     */
    public Optional<String> parameter(HttpServletRequest request, String name) {
        SavedRequest saved = requestCache.getRequest(request, null);
        if (saved == null) {
            return Optional.empty();
        }
        Map<String, String> single = new LinkedHashMap<>();
        saved.getParameterMap().forEach((key, values) -> {
            if (values.length == 1) {
                single.put(key, values[0]);
            }
        });
        return Optional.ofNullable(effective.of(single).get(name));
    }

    /** The effective parameters of the authorization request being made, pushed or not. */
    public Map<String, String> parameters(HttpServletRequest request) {
        return effective.of(request);
    }

    public Optional<RelyingParty> relyingParty(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        return client == null ? Optional.empty() : Optional.of(RelyingParty.of(client));
    }
}
