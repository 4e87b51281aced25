package vn.hocvuso.auth.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Registered clients, kept in memory once read or saved. Beyond saving a query per request, this
 * prevents a pool deadlock: Spring Authorization Server's JDBC authorization and consent services
 * look the client up from inside their row mappers, while the outer query still holds a
 * connection, so under load every connection of the pool can end up held by a request waiting for
 * a second one. Clients change only when the configuration is registered at start (which saves,
 * and so caches, every one of them); another instance's changes are seen after a restart.
 */
public final class CachingRegisteredClientRepository implements RegisteredClientRepository {

    private final RegisteredClientRepository delegate;
    private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    public CachingRegisteredClientRepository(RegisteredClientRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public void save(RegisteredClient client) {
        delegate.save(client);
        remember(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return cached(byId, id, delegate::findById);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return cached(byClientId, clientId, delegate::findByClientId);
    }

    private RegisteredClient cached(
            Map<String, RegisteredClient> cache, String key, Function<String, RegisteredClient> load) {
        RegisteredClient known = cache.get(key);
        if (known != null) {
            return known;
        }
        RegisteredClient loaded = load.apply(key);
        if (loaded != null) {
            remember(loaded);
        }
        return loaded;
    }

    private void remember(RegisteredClient client) {
        byId.put(client.getId(), client);
        byClientId.put(client.getClientId(), client);
    }
}
