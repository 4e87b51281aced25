package vn.hocvuso.auth.client;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One registered client, {@code auth.clients[<client-id>]}. Checked as a whole at start by
 * {@link ClientPolicy}; a wrong combination stops the server with a message naming the client.
 *
 * @param name the name shown to citizens on the consent and account pages (default: the client id)
 * @param grantTypes {@code authorization_code}, {@code refresh_token}, {@code client_credentials}
 * @param authenticationMethod {@code private_key_jwt} (confidential) or {@code none} (public, PKCE)
 * @param jwkSetUrl where the client publishes its public keys (private_key_jwt)
 * @param jwks the client's public JWK set as JSON, registered inline (private_key_jwt)
 * @param demoKey auth-server generates the client's key pair on first start into
 *     {@code <data-dir>/demo-clients/<client-id>/} and registers its public key (demos only)
 * @param signingAlgorithm the one algorithm the client signs its assertions with: ES256 or RS256
 * @param redirectUris the exact redirect URIs; for public clients, {@code http://127.0.0.1/...} and
 *     {@code http://[::1]/...} accept any port (RFC 8252 §7.3)
 * @param postLogoutRedirectUris where RP-initiated logout may return to
 * @param scopes the scopes the client may ask for
 * @param entitledToNationalId whether the client may receive the national ID number (with the
 *     {@code national_id} scope only)
 * @param sector the pairwise subject sector (OIDC Core §8.1): clients of one sector see the same
 *     {@code sub} for a citizen, clients of different sectors see unrelated ones
 * @param requiredAcr the assurance level the client needs, e.g. {@code urn:vn:vneid:loa:2}: asked
 *     for upstream with {@code acr_values} and enforced on return
 * @param consentRequired whether the citizen approves what the client receives on a consent page
 * @param requirePushedAuthorizationRequests whether the client must push its authorization requests
 *     to {@code /oauth2/par} first (RFC 9126 §6); a plain authorization request of it is refused
 * @param requireDpop whether the client must send a DPoP proof with every token request (RFC 9449
 *     §5.2, {@code dpop_bound_access_tokens}); its access tokens are then always DPoP-bound
 * @param idTokenClaims whether the claims of the identity scopes ({@code profile}, {@code address},
 *     {@code email}, {@code phone}, {@code national_id}) also go into the ID token, as the credential
 *     portal reads them at login; off, they go to userinfo only (OIDC Core §5.4) unless the {@code
 *     claims} parameter asks for them in the ID token (§5.5)
 */
public record ClientProperties(
        String name,
        Set<String> grantTypes,
        @DefaultValue("private_key_jwt") String authenticationMethod,
        URI jwkSetUrl,
        String jwks,
        @DefaultValue("false") boolean demoKey,
        @DefaultValue("ES256") String signingAlgorithm,
        List<String> redirectUris,
        List<String> postLogoutRedirectUris,
        Set<String> scopes,
        @DefaultValue("false") boolean entitledToNationalId,
        String sector,
        String requiredAcr,
        @DefaultValue("true") boolean consentRequired,
        @DefaultValue("false") boolean requirePushedAuthorizationRequests,
        @DefaultValue("false") boolean requireDpop,
        @DefaultValue("false") boolean idTokenClaims) {

    public ClientProperties {
        grantTypes = grantTypes == null ? Set.of() : Set.copyOf(grantTypes);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
