package vn.hocvuso.auth.client;

import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.hocvuso.auth.token.TokenProperties;

/**
 * Registers the benchmark's {@code client_secret_basic} client at start when
 * {@code auth.benchmark-client.enabled}, and disables one left from an earlier run when not (a
 * registered client stays in the database: its secret is replaced by a random one that has
 * already expired). See {@link BenchmarkClientProperties}.
 */
public final class BenchmarkClient implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkClient.class);

    private final BenchmarkClientProperties properties;
    private final Set<String> configuredClientIds;
    private final RegisteredClientRepository repository;
    private final TokenProperties tokens;
    private final Sha256SecretEncoder encoder = new Sha256SecretEncoder();

    public BenchmarkClient(
            BenchmarkClientProperties properties,
            Set<String> configuredClientIds,
            RegisteredClientRepository repository,
            TokenProperties tokens) {
        this.properties = properties;
        this.configuredClientIds = Set.copyOf(configuredClientIds);
        this.repository = repository;
        this.tokens = tokens;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (configuredClientIds.contains(properties.clientId())) {
            throw new IllegalStateException("auth.benchmark-client.client-id '" + properties.clientId()
                    + "' is the id of a client in auth.clients: choose another");
        }
        RegisteredClient existing = repository.findByClientId(properties.clientId());
        if (!properties.enabled()) {
            if (existing != null && existing.getClientSecret() != null) {
                repository.save(encoder.disabled(existing));
                LOG.info("benchmark client {} disabled", properties.clientId());
            }
            return;
        }
        String secret = properties.secret();
        if (secret == null || secret.length() < BenchmarkClientProperties.MIN_SECRET_LENGTH) {
            throw new IllegalStateException("auth.benchmark-client.secret (AUTH_BENCHMARKCLIENT_SECRET) must have at"
                    + " least " + BenchmarkClientProperties.MIN_SECRET_LENGTH + " characters");
        }
        repository.save(
                enabled(existing != null ? existing.getId() : UUID.randomUUID().toString(), secret));
        LOG.warn("benchmark client {} registered (client_secret_basic): for benchmarks only", properties.clientId());
    }

    private RegisteredClient enabled(String id, String secret) {
        return RegisteredClient.withId(id)
                .clientId(properties.clientId())
                .clientName("Benchmark client (client_secret_basic)")
                .clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(properties.scopes()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(tokens.accessTokenTtl())
                        .build())
                .build();
    }
}
