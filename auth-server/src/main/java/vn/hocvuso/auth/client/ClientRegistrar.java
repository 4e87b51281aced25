package vn.hocvuso.auth.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import vn.hocvuso.auth.token.TokenProperties;

/**
 * Registers the configured clients at start, before the server takes requests: new ones are
 * inserted, known ones updated in place (same internal id, so their consents and tokens stay).
 * Clients removed from the configuration stay registered until an operator deletes them.
 */
public final class ClientRegistrar implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRegistrar.class);

    private final Map<String, ClientProperties> clients;
    private final RegisteredClientRepository repository;
    private final RegisteredClientFactory factory;

    public ClientRegistrar(
            Map<String, ClientProperties> clients,
            RegisteredClientRepository repository,
            TokenProperties tokens,
            DemoClientKeys demoKeys) {
        this.clients = new TreeMap<>(clients);
        this.repository = repository;
        this.factory = new RegisteredClientFactory(tokens, demoKeys);
    }

    @Override
    public void afterSingletonsInstantiated() {
        validate();
        clients.forEach(this::upsert);
    }

    private void validate() {
        StringBuilder report = new StringBuilder();
        clients.forEach((clientId, client) -> {
            List<String> problems = ClientPolicy.problems(clientId, client);
            problems.forEach(problem -> report.append("\n  auth.clients[")
                    .append(clientId)
                    .append("]: ")
                    .append(problem));
        });
        if (!report.isEmpty()) {
            throw new IllegalStateException("the client configuration is invalid:" + report);
        }
    }

    private void upsert(String clientId, ClientProperties client) {
        RegisteredClient existing = repository.findByClientId(clientId);
        RegisteredClient registered = factory.create(clientId, client, existing != null ? existing.getId() : null);
        repository.save(registered);
        LOG.info(
                "{} client {} ({}, {})",
                existing != null ? "updated" : "registered",
                clientId,
                client.authenticationMethod(),
                String.join(" ", new TreeSet<>(client.grantTypes())));
    }
}
