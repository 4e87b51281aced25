package vn.hocvuso.auth.client;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Lets a public client (authentication method {@code none}) push its authorization request: RFC
 * 9126 §2.1 identifies it by {@code client_id} alone, as at the authorization endpoint. Spring
 * Authorization Server authenticates public clients only when they redeem a code with a PKCE
 * verifier, so without this a public wallet could not use {@code /oauth2/par} at all. Only a
 * registered public client passes; a confidential client that leaves out its credentials stays
 * unauthenticated ({@code invalid_client}).
 */
public final class PublicClientPushes {

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc9126#section-2.1";

    private PublicClientPushes() {}

    /** Reads a push that carries a {@code client_id} and no client credentials of any kind. */
    public static AuthenticationConverter converter(String pushedAuthorizationRequestEndpoint) {
        return request -> isBarePush(request, pushedAuthorizationRequestEndpoint)
                ? new PushingClient(request.getParameter(OAuth2ParameterNames.CLIENT_ID))
                : null;
    }

    /** Authenticates the push of a registered public client. */
    public static AuthenticationProvider provider(RegisteredClientRepository clients) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!(authentication instanceof PushingClient pushing)) {
                    return null;
                }
                RegisteredClient client = clients.findByClientId((String) pushing.getPrincipal());
                if (client == null
                        || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
                    throw new OAuth2AuthenticationException(new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_CLIENT, "Client authentication failed: client_id", ERROR_URI));
                }
                return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return PushingClient.class.isAssignableFrom(authentication);
            }
        };
    }

    private static boolean isBarePush(HttpServletRequest request, String endpoint) {
        String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + endpoint)
                && clientIds != null
                && clientIds.length == 1
                && request.getHeader("Authorization") == null
                && request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) == null
                && request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE) == null
                && request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) == null;
    }

    /** A public client's push, not yet checked against the registration. */
    private static final class PushingClient extends OAuth2ClientAuthenticationToken {

        private static final long serialVersionUID = 1L;

        PushingClient(String clientId) {
            super(clientId, ClientAuthenticationMethod.NONE, null, Map.of());
        }
    }
}
