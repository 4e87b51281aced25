package vn.hocvuso.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The key ring of a running service. It rereads the keystore when the file changes, so that a
 * rotation made with the command-line tool takes effect without a restart; if the new file cannot
 * be read, the service keeps the keys it has and says why.
 */
public final class LiveKeyRing {

    private static final System.Logger LOG = System.getLogger(LiveKeyRing.class.getName());

    private final ServiceKeys keys;
    private final Clock clock;
    private final Duration checkInterval;
    private volatile Snapshot snapshot;

    private record Snapshot(KeyRing ring, FileTime modified, Instant checkedAt) {}

    public LiveKeyRing(ServiceKeys keys, KeyAlgorithm algorithm, Duration checkInterval) {
        this.keys = keys;
        this.clock = keys.clock();
        this.checkInterval = checkInterval;
        KeyRing ring = keys.loadOrCreate(algorithm);
        this.snapshot = new Snapshot(ring, modified(keys.keystore()), clock.instant());
    }

    public KeyRing current() {
        Snapshot seen = snapshot;
        Instant now = clock.instant();
        if (now.isBefore(seen.checkedAt().plus(checkInterval))) {
            return seen.ring();
        }
        return refresh(seen, now);
    }

    private synchronized KeyRing refresh(Snapshot seen, Instant now) {
        if (snapshot != seen) {
            return snapshot.ring();
        }
        FileTime modified = modified(keys.keystore());
        KeyRing ring = seen.ring();
        if (modified != null && !modified.equals(seen.modified())) {
            try {
                ring = keys.load();
                LOG.log(
                        System.Logger.Level.INFO,
                        "reloaded key ring {0}, active kid {1}",
                        keys.keystore(),
                        ring.active().kid());
            } catch (KeysException e) {
                LOG.log(System.Logger.Level.ERROR, "keeping the current keys: " + e.getMessage());
            }
        }
        snapshot = new Snapshot(ring, modified, now);
        return ring;
    }

    public ManagedKey active() {
        return current().active();
    }

    /** The keys to publish and to verify with: the active one and those still in overlap. */
    public JWKSet publishedJwkSet() {
        return current().publicJwkSet(clock.instant());
    }

    /**
     * A source of every live key, private parts included (a JWK set endpoint publishes only the
     * public parts): for verifying and for endpoints that publish keys.
     */
    public <C extends SecurityContext> JWKSource<C> liveKeySource() {
        return (selector, context) -> select(
                selector,
                current().liveAt(clock.instant()).stream().map(ManagedKey::jwk).toList());
    }

    /** A source holding only the active key: signers draw from it, so exactly one key ever matches. */
    public <C extends SecurityContext> JWKSource<C> activeKeySource() {
        return (selector, context) -> select(selector, List.of(active().jwk()));
    }

    private static List<JWK> select(JWKSelector selector, List<JWK> keys) {
        return selector.select(new JWKSet(keys));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
