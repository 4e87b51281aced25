package vn.hocvuso.nid.client;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.hocvuso.nid.oidc.TokenProperties;

/**
 * Makes the registered-client store match {@code nid.clients} at start: each configured client is
 * inserted or updated (keeping its internal id, so its authorizations stay valid), and a client no
 * longer configured is removed with its authorizations. Configuration is the only source of
 * clients: there is no dynamic registration.
 */
public final class ClientRegistrations implements ApplicationRunner {

    /** The scopes this provider knows; a client configured with another fails the start. */
    public static final Set<String> SUPPORTED_SCOPES =
            Set.of("openid", "profile", "address", "email", "phone", "national_id");

    private static final Logger LOG = LoggerFactory.getLogger(ClientRegistrations.class);

    private final List<ConfiguredClient> clients;
    private final TokenProperties tokens;
    private final RegisteredClientRepository repository;
    private final JdbcUnconfiguredClients unconfigured;

    public ClientRegistrations(
            List<ConfiguredClient> clients,
            TokenProperties tokens,
            RegisteredClientRepository repository,
            JdbcUnconfiguredClients unconfigured) {
        this.clients = List.copyOf(clients);
        this.tokens = tokens;
        this.repository = repository;
        this.unconfigured = unconfigured;
        this.clients.forEach(ClientRegistrations::requireValid);
        requireUniqueIds(this.clients);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ConfiguredClient client : clients) {
            RegisteredClient existing = repository.findByClientId(client.clientId());
            repository.save(toRegisteredClient(client, existing));
        }
        int removed = unconfigured.removeAllExcept(
                clients.stream().map(ConfiguredClient::clientId).collect(Collectors.toSet()));
        LOG.info(
                "registered clients from configuration: {}; removed {} no longer configured",
                clients.stream().map(ConfiguredClient::clientId).toList(),
                removed);
    }

    RegisteredClient toRegisteredClient(ConfiguredClient client, RegisteredClient existing) {
        return RegisteredClient.withId(
                        existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(client.clientId())
                .clientIdIssuedAt(existing != null ? existing.getClientIdIssuedAt() : Instant.now())
                .clientName(client.displayName())
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> client.redirectUris().forEach(uri -> uris.add(uri.toString())))
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .jwkSetUrl(client.jwkSetUrl().toString())
                        .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.ES256)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .authorizationCodeTimeToLive(tokens.authorizationCodeLifetime())
                        .accessTokenTimeToLive(tokens.accessTokenLifetime())
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.ES256)
                        .build())
                .build();
    }

    private static void requireValid(ConfiguredClient client) {
        String where = "nid.clients[" + client.clientId() + "]";
        for (URI uri : client.redirectUris()) {
            // RFC 6749 §3.1.2: an absolute URI without a fragment
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || uri.getFragment() != null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalStateException(
                        where + ".redirect-uris: " + uri + " must be an absolute http(s) URI without a fragment");
            }
        }
        URI jwks = client.jwkSetUrl();
        if (!jwks.isAbsolute() || !("https".equals(jwks.getScheme()) || "http".equals(jwks.getScheme()))) {
            throw new IllegalStateException(where + ".jwk-set-url: " + jwks + " must be an absolute http(s) URL");
        }
        if (!SUPPORTED_SCOPES.containsAll(client.scopes())) {
            throw new IllegalStateException(
                    where + ".scopes: " + client.scopes() + " must be among " + SUPPORTED_SCOPES);
        }
        if (!client.scopes().contains("openid")) {
            throw new IllegalStateException(where + ".scopes must include openid");
        }
    }

    private static void requireUniqueIds(List<ConfiguredClient> clients) {
        Set<String> ids = clients.stream().map(ConfiguredClient::clientId).collect(Collectors.toSet());
        if (ids.size() != clients.size()) {
            throw new IllegalStateException("nid.clients: a client id appears twice");
        }
    }
}
