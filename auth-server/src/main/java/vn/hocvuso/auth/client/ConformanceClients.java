package vn.hocvuso.auth.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import vn.hocvuso.auth.token.TokenProperties;

/**
 * Registers the conformance test clients of {@code auth.conformance-clients} at start ({@link
 * ConformanceClientProperties}): {@code authorization_code} + {@code refresh_token}, a SHA-256
 * stored secret, claims to userinfo as for any client. PKCE is not required of them (the suite's
 * Basic OP plan does not send it) but checked when sent. A conformance client registered earlier
 * and no longer configured is disabled: its secret replaced by a random one that has already
 * expired. {@link #authenticationMethods()} is what the metadata then adds to {@code
 * token_endpoint_auth_methods_supported}.
 */
public final class ConformanceClients implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceClients.class);
    static final String MARKER = "hocvuso.conformance-client";

    private final List<ConformanceClientProperties> configured;
    private final Set<String> otherClientIds;
    private final RegisteredClientRepository repository;
    private final JdbcMarkedClients marked;
    private final RegisteredClientFactory factory;
    private final Sha256SecretEncoder encoder = new Sha256SecretEncoder();

    public ConformanceClients(
            List<ConformanceClientProperties> configured,
            Set<String> otherClientIds,
            RegisteredClientRepository repository,
            JdbcMarkedClients marked,
            TokenProperties tokens,
            DemoClientKeys demoKeys) {
        this.configured = configured == null ? List.of() : List.copyOf(configured);
        this.otherClientIds = Set.copyOf(otherClientIds);
        this.repository = repository;
        this.marked = marked;
        this.factory = new RegisteredClientFactory(tokens, demoKeys);
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("auth.conformance-clients is invalid:\n  " + String.join("\n  ", problems));
        }
    }

    /** The secret methods the configured clients use, for the metadata (empty when none is configured). */
    public List<String> authenticationMethods() {
        return configured.stream()
                .map(ConformanceClientProperties::authenticationMethod)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> ids = new LinkedHashSet<>();
        for (ConformanceClientProperties client : configured) {
            RegisteredClient existing = repository.findByClientId(client.clientId());
            repository.save(registered(client, existing != null ? existing.getId() : null));
            ids.add(client.clientId());
            LOG.warn(
                    "conformance test client {} registered ({}): for conformance runs only",
                    client.clientId(),
                    client.authenticationMethod());
        }
        for (String clientId : registeredEarlier()) {
            RegisteredClient earlier = repository.findByClientId(clientId);
            if (!ids.contains(clientId) && earlier != null && !expired(earlier)) {
                repository.save(encoder.disabled(earlier));
                LOG.info("conformance test client {} disabled", clientId);
            }
        }
    }

    private RegisteredClient registered(ConformanceClientProperties client, String existingId) {
        ClientProperties asClient = new ClientProperties(
                client.clientId(),
                Set.of("authorization_code", "refresh_token"),
                client.authenticationMethod(),
                null,
                null,
                false,
                "ES256",
                client.redirectUris(),
                List.of(),
                client.scopes(),
                false,
                client.sector(),
                null,
                client.consentRequired(),
                false,
                false,
                false);
        RegisteredClient base = factory.create(client.clientId(), asClient, existingId);
        return RegisteredClient.from(base)
                .clientSecret(encoder.encode(client.secret()))
                .clientSecretExpiresAt(null)
                .clientSettings(
                        ClientSettings.withSettings(base.getClientSettings().getSettings())
                                .requireProofKey(false)
                                .setting(MARKER, true)
                                .build())
                .build();
    }

    private List<String> registeredEarlier() {
        return marked.clientIds(MARKER);
    }

    private static boolean expired(RegisteredClient client) {
        return client.getClientSecretExpiresAt() != null
                && !client.getClientSecretExpiresAt().isAfter(Instant.now());
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < configured.size(); i++) {
            ConformanceClientProperties client = configured.get(i);
            String where = "[" + i + "] ";
            if (client.clientId() == null || !client.clientId().matches(ClientPolicy.CLIENT_ID_PATTERN)) {
                problems.add(where + "client-id must match " + ClientPolicy.CLIENT_ID_PATTERN);
            } else if (otherClientIds.contains(client.clientId()) || !seen.add(client.clientId())) {
                problems.add(where + "client-id '" + client.clientId() + "' is already used by another client");
            }
            if (!ConformanceClientProperties.METHODS.contains(client.authenticationMethod())) {
                problems.add(where + "authentication-method must be one of " + ConformanceClientProperties.METHODS);
            }
            if (client.secret() == null || client.secret().length() < ConformanceClientProperties.MIN_SECRET_LENGTH) {
                problems.add(where + "secret (from the environment, e.g. AUTH_CONFORMANCECLIENTS_" + i
                        + "_SECRET) must have at least " + ConformanceClientProperties.MIN_SECRET_LENGTH
                        + " characters");
            }
            if (client.redirectUris().isEmpty()) {
                problems.add(where + "redirect-uris must not be empty");
            }
            client.redirectUris().forEach(uri -> checkRedirectUri(uri, where, problems));
            if (client.scopes().contains("national_id") || !client.scopes().contains("openid")) {
                problems.add(where + "scopes must include openid and may not include national_id");
            }
        }
        return problems;
    }

    private static void checkRedirectUri(String value, String where, List<String> problems) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null) {
                problems.add(where + "redirect URI '" + value + "' must be absolute, with a host and no fragment");
            }
        } catch (URISyntaxException e) {
            problems.add(where + "redirect URI '" + value + "' is not a URI");
        }
    }

    /** For the metadata customizer: the methods to add to the advertised list. */
    public void advertise(Map<String, Object> metadata) {
        List<String> methods = authenticationMethods();
        if (methods.isEmpty()) {
            return;
        }
        for (String member : List.of(
                "token_endpoint_auth_methods_supported",
                "revocation_endpoint_auth_methods_supported",
                "introspection_endpoint_auth_methods_supported")) {
            if (metadata.get(member) instanceof List<?> listed) {
                List<Object> extended = new ArrayList<>(listed);
                methods.stream().filter(method -> !listed.contains(method)).forEach(extended::add);
                metadata.put(member, extended);
            }
        }
    }
}
