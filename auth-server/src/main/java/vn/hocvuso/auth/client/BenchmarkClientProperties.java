package vn.hocvuso.auth.client;

import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code auth.benchmark-client}: a {@code client_secret_basic} client for the token-endpoint
 * benchmark only ({@code bench/token-endpoint.sh}), so that our figure is measured with the same
 * client authentication as Keycloak's. Off by default; every real client uses
 * {@code private_key_jwt} or PKCE.
 *
 * @param enabled registers the client at start; when off, a client left from an earlier run is
 *     disabled (its secret replaced and expired)
 * @param clientId the client id (default {@code bench-client})
 * @param secret the client secret, at least 32 characters: from the environment only
 *     ({@code AUTH_BENCHMARKCLIENT_SECRET}), never in a file of the repository
 * @param scopes the scopes of its tokens
 */
public record BenchmarkClientProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("bench-client") String clientId,
        String secret,
        @DefaultValue("competency.query") Set<String> scopes) {

    static final int MIN_SECRET_LENGTH = 32;

    public BenchmarkClientProperties {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "BenchmarkClientProperties[enabled=" + enabled + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
