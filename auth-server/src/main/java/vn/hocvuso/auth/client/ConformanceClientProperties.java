package vn.hocvuso.auth.client;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One test client for an outside conformance run (the OpenID Foundation's suite), {@code
 * auth.conformance-clients[n]}: a confidential client that authenticates with a shared secret,
 * which no real client of this server does. None is registered by default.
 *
 * @param clientId the client id, e.g. {@code conformance-basic}
 * @param authenticationMethod {@code client_secret_basic} or {@code client_secret_post}
 * @param secret the client secret, at least 32 characters: from the environment only (e.g. {@code
 *     AUTH_CONFORMANCECLIENTS_0_SECRET}), never in a file of the repository; stored as its SHA-256
 * @param redirectUris the suite's callback, e.g. {@code
 *     https://localhost.emobix.co.uk:8443/test/a/<alias>/callback}
 * @param scopes the scopes it may ask for
 * @param sector its pairwise subject sector
 * @param consentRequired whether the citizen approves on the consent page
 */
public record ConformanceClientProperties(
        String clientId,
        String authenticationMethod,
        String secret,
        List<String> redirectUris,

        @DefaultValue({"openid", "profile", "email", "address", "phone"})
        Set<String> scopes,

        @DefaultValue("conformance") String sector,
        @DefaultValue("false") boolean consentRequired) {

    static final int MIN_SECRET_LENGTH = 32;
    static final Set<String> METHODS = Set.of("client_secret_basic", "client_secret_post");

    public ConformanceClientProperties {
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "ConformanceClientProperties[clientId=" + clientId + ", authenticationMethod=" + authenticationMethod
                + ", redirectUris=" + redirectUris + ", scopes=" + scopes + "]";
    }
}
