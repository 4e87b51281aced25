package vn.hocvuso.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of signing keys: one active key that signs, and older keys that still verify
 * until they retire. Rotation and pruning return a new ring; persisting it is the store's job.
 */
public final class KeyRing {

    private final List<ManagedKey> keys;

    public KeyRing(List<ManagedKey> keys) {
        List<ManagedKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(ManagedKey::createdAt).reversed());
        this.keys = List.copyOf(sorted);
    }

    /** All keys, newest first, retired ones included until they are pruned. */
    public List<ManagedKey> keys() {
        return keys;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The newest key with no retirement time: the one that signs. */
    public ManagedKey active() {
        return keys.stream()
                .filter(key -> key.retiresAt().isEmpty())
                .findFirst()
                .orElseThrow(() -> new KeysException("the key ring has no active key; run 'keys rotate'"));
    }

    /** The keys that are published and verify at {@code now}: the active one and those in overlap. */
    public List<ManagedKey> liveAt(Instant now) {
        return keys.stream().filter(key -> key.isLiveAt(now)).toList();
    }

    public Optional<ManagedKey> find(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    public ManagedKey require(String kid) {
        return find(kid)
                .orElseThrow(() -> new KeysException("no key with kid '" + kid + "'; known kids: "
                        + keys.stream().map(ManagedKey::kid).toList()));
    }

    /** The public JWK set to publish at {@code now}: live keys only, never a private part. */
    public JWKSet publicJwkSet(Instant now) {
        List<JWK> published = liveAt(now).stream().map(ManagedKey::publicJwk).toList();
        return new JWKSet(published);
    }

    /**
     * A ring where {@code newKey} is active and every previously unretired key keeps verifying for
     * {@code overlap}, so that tokens signed just before the rotation stay valid while they live.
     */
    public KeyRing rotate(ManagedKey newKey, Instant now, Duration overlap) {
        if (overlap.isNegative()) {
            throw new KeysException("rotation overlap must not be negative: " + overlap);
        }
        if (find(newKey.kid()).isPresent()) {
            throw new KeysException("key " + newKey.kid() + " is already in the ring");
        }
        Instant retirement = now.plus(overlap);
        List<ManagedKey> next = new ArrayList<>();
        next.add(newKey);
        for (ManagedKey key : keys) {
            next.add(key.retiresAt().isPresent() ? key : key.retiringAt(retirement));
        }
        return new KeyRing(next);
    }

    /** A ring without the keys retired at {@code now}. */
    public KeyRing prune(Instant now) {
        return new KeyRing(liveAt(now));
    }

    public KeyRing replace(ManagedKey updated) {
        List<ManagedKey> next = new ArrayList<>();
        for (ManagedKey key : keys) {
            next.add(key.kid().equals(updated.kid()) ? updated : key);
        }
        return new KeyRing(next);
    }
}
