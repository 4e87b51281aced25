package vn.hocvuso.auth.client;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hocvuso.auth.federation.AssuranceLevel;

/**
 * The rules a client's configuration must follow. Checked at start, so that a wrong combination
 * (a public client with a key, a non-entitled client with the {@code national_id} scope, ...)
 * stops the server with a clear message instead of misbehaving later.
 */
final class ClientPolicy {

    static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token", "client_credentials");
    static final Set<String> AUTHENTICATION_METHODS = Set.of("private_key_jwt", "none");
    static final Set<String> SIGNING_ALGORITHMS = Set.of("ES256", "RS256");
    static final Set<String> IDENTITY_SCOPES = Set.of("openid", "profile", "address", "national_id");
    static final String CLIENT_ID_PATTERN = "[a-z0-9][a-z0-9._-]{1,99}";

    private ClientPolicy() {}

    /** Every problem of one client's configuration; empty when it is valid. */
    static List<String> problems(String clientId, ClientProperties client) {
        List<String> problems = new ArrayList<>();
        if (!clientId.matches(CLIENT_ID_PATTERN)) {
            problems.add("client id must match " + CLIENT_ID_PATTERN);
        }
        checkGrants(client, problems);
        checkAuthentication(client, problems);
        checkRedirects(client, problems);
        checkScopes(client, problems);
        checkRequirements(client, problems);
        if (client.requiredAcr() != null
                && AssuranceLevel.of(client.requiredAcr()).isEmpty()) {
            problems.add("required-acr must be one of the upstream's levels, not '" + client.requiredAcr() + "'");
        }
        return problems;
    }

    private static void checkGrants(ClientProperties client, List<String> problems) {
        if (client.grantTypes().isEmpty()) {
            problems.add("grant-types must not be empty");
        }
        client.grantTypes().stream()
                .filter(grant -> !GRANT_TYPES.contains(grant))
                .forEach(grant -> problems.add("unsupported grant type '" + grant + "'; use " + GRANT_TYPES));
        if (client.grantTypes().contains("refresh_token")
                && !client.grantTypes().contains("authorization_code")) {
            problems.add("refresh_token needs authorization_code");
        }
    }

    private static void checkAuthentication(ClientProperties client, List<String> problems) {
        String method = client.authenticationMethod();
        if (!AUTHENTICATION_METHODS.contains(method)) {
            problems.add("authentication-method must be one of " + AUTHENTICATION_METHODS + ", not '" + method + "'");
            return;
        }
        int keySources =
                (client.jwkSetUrl() != null ? 1 : 0) + (client.jwks() != null ? 1 : 0) + (client.demoKey() ? 1 : 0);
        if ("none".equals(method)) {
            if (keySources > 0) {
                problems.add("a public client (none) has no keys: remove jwk-set-url, jwks and demo-key");
            }
            if (!client.grantTypes().equals(Set.of("authorization_code"))) {
                problems.add("a public client (none) may only use authorization_code");
            }
            return;
        }
        if (keySources != 1) {
            problems.add("a private_key_jwt client needs exactly one of jwk-set-url, jwks or demo-key");
        }
        if (!SIGNING_ALGORITHMS.contains(client.signingAlgorithm())) {
            problems.add("signing-algorithm must be one of " + SIGNING_ALGORITHMS + ", not '"
                    + client.signingAlgorithm() + "'");
        }
        if (client.jwks() != null) {
            checkInlineJwks(client.jwks(), problems);
        }
        if (client.jwkSetUrl() != null && !isHttp(client.jwkSetUrl())) {
            problems.add("jwk-set-url must be an absolute http(s) URL");
        }
    }

    private static void checkInlineJwks(String jwks, List<String> problems) {
        try {
            JWKSet set = JWKSet.parse(jwks);
            if (set.getKeys().isEmpty()) {
                problems.add("jwks holds no key");
            }
            if (set.getKeys().stream().anyMatch(key -> key.isPrivate())) {
                problems.add("jwks must hold public keys only");
            }
        } catch (ParseException e) {
            problems.add("jwks is not a JWK set: " + e.getMessage());
        }
    }

    private static void checkRedirects(ClientProperties client, List<String> problems) {
        boolean userFacing = client.grantTypes().contains("authorization_code");
        if (userFacing && client.redirectUris().isEmpty()) {
            problems.add("an authorization_code client needs redirect-uris");
        }
        if (!userFacing && !client.redirectUris().isEmpty()) {
            problems.add("redirect-uris are only for authorization_code clients");
        }
        if (userFacing && (client.sector() == null || client.sector().isBlank())) {
            problems.add("an authorization_code client needs a pairwise sector");
        }
        for (String uri : client.redirectUris()) {
            checkRedirect(uri, problems);
        }
        for (String uri : client.postLogoutRedirectUris()) {
            checkRedirect(uri, problems);
        }
    }

    private static void checkRedirect(String value, List<String> problems) {
        try {
            URI uri = URI.create(value);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null) {
                problems.add("redirect URI '" + value + "' must be absolute, with a host and no fragment");
            }
        } catch (IllegalArgumentException e) {
            problems.add("redirect URI '" + value + "' is not a URI");
        }
    }

    private static void checkScopes(ClientProperties client, List<String> problems) {
        if (client.scopes().isEmpty()) {
            problems.add("scopes must not be empty");
        }
        if (client.scopes().contains("national_id") && !client.entitledToNationalId()) {
            problems.add("the national_id scope needs entitled-to-national-id: true");
        }
        if (client.grantTypes().contains("client_credentials")
                && client.scopes().stream().anyMatch(IDENTITY_SCOPES::contains)) {
            problems.add("a client_credentials client acts for itself: identity scopes " + IDENTITY_SCOPES
                    + " are not for it");
        }
        if (client.grantTypes().contains("client_credentials")
                && client.grantTypes().size() > 1) {
            problems.add("client_credentials clients use no other grant type");
        }
    }

    private static void checkRequirements(ClientProperties client, List<String> problems) {
        boolean userFacing = client.grantTypes().contains("authorization_code");
        if (client.requirePushedAuthorizationRequests() && !userFacing) {
            problems.add("require-pushed-authorization-requests is for authorization_code clients");
        }
        if (client.requireDpop() && !userFacing) {
            problems.add("require-dpop is for authorization_code clients");
        }
    }

    private static boolean isHttp(URI uri) {
        return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    }
}
