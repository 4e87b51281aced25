package vn.hocvuso.auth.client;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.ServiceKeys;

/**
 * Key pairs of the demo clients: generated on first start into
 * {@code <data-dir>/demo-clients/<client-id>/} (a {@code keys} folder, so that the {@code keys}
 * tool can sign assertions with them), of which only the public keys are registered.
 */
public final class DemoClientKeys {

    private final Path root;
    private final String passwordVariable;
    private final Map<String, String> environment;
    private final Clock clock;

    public DemoClientKeys(Path dataDir, String passwordVariable, Map<String, String> environment, Clock clock) {
        this.root = dataDir.resolve("demo-clients");
        this.passwordVariable = passwordVariable;
        this.environment = environment;
        this.clock = clock;
    }

    /** The folder of a demo client's keys. */
    public Path folder(String clientId) {
        return root.resolve(clientId);
    }

    public ServiceKeys open(String clientId) {
        return ServiceKeys.open(folder(clientId), clientId, passwordVariable, environment, clock);
    }

    /** The public JWK set of the client's live keys as JSON, generating the first key if needed. */
    public String publicJwks(String clientId, KeyAlgorithm algorithm) {
        KeyRing ring = open(clientId).loadOrCreate(algorithm);
        return ring.publicJwkSet(clock.instant()).toString();
    }
}
