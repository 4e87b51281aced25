package vn.hocvuso.auth.client;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * What a client must do beyond OAuth's minimum, kept in its registered settings: push its
 * authorization requests (RFC 9126 §6, {@code require_pushed_authorization_requests}) and prove
 * possession of a key at the token endpoint (RFC 9449 §5.2, {@code dpop_bound_access_tokens}).
 * Spring Authorization Server has no client setting for either; the rules that read them are
 * {@code token.PushedRequestRequirement} and {@code token.DPoPTokenRequests}.
 */
public final class ClientRequirements {

    static final String PUSHED_AUTHORIZATION_REQUESTS = "hocvuso.require-pushed-authorization-requests";
    static final String DPOP = "hocvuso.require-dpop";

    private ClientRequirements() {}

    static void apply(ClientSettings.Builder settings, ClientProperties client) {
        settings.setting(PUSHED_AUTHORIZATION_REQUESTS, client.requirePushedAuthorizationRequests());
        settings.setting(DPOP, client.requireDpop());
    }

    /** Whether the client's authorization requests must come through {@code /oauth2/par}. */
    public static boolean pushedAuthorizationRequests(RegisteredClient client) {
        return Boolean.TRUE.equals(client.getClientSettings().getSetting(PUSHED_AUTHORIZATION_REQUESTS));
    }

    /** Whether every token request of the client must carry a DPoP proof. */
    public static boolean dpop(RegisteredClient client) {
        return Boolean.TRUE.equals(client.getClientSettings().getSetting(DPOP));
    }
}
