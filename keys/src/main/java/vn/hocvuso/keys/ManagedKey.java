package vn.hocvuso.keys;

import com.nimbusds.jose.jwk.JWK;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One signing key of a key ring with its lifecycle.
 *
 * @param jwk the key pair as a JWK whose {@code kid} is its RFC 7638 thumbprint
 * @param createdAt when the key was generated; the newest unretired key is the active one
 * @param retiresAt when the key stops being published and verifying, or empty while it has no end
 * @param chain the certificate chain of the key, leaf first: self-signed until a CA issues one
 */
public record ManagedKey(JWK jwk, Instant createdAt, Optional<Instant> retiresAt, List<X509Certificate> chain) {

    public ManagedKey {
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(retiresAt, "retiresAt");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a managed key needs at least its own certificate");
        }
    }

    public String kid() {
        return jwk.getKeyID();
    }

    public KeyAlgorithm algorithm() {
        return KeyAlgorithm.of(jwk.getAlgorithm().getName());
    }

    /** Whether the key is still published and still verifies at {@code now}. */
    public boolean isLiveAt(Instant now) {
        return retiresAt.map(now::isBefore).orElse(true);
    }

    public ManagedKey retiringAt(Instant when) {
        return new ManagedKey(jwk, createdAt, Optional.of(when), chain);
    }

    public ManagedKey withChain(List<X509Certificate> newChain) {
        return new ManagedKey(jwk, createdAt, retiresAt, newChain);
    }

    /** The same key without its private part, safe to publish. */
    public JWK publicJwk() {
        return jwk.toPublicJWK();
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        // Never print the private key, even by accident.
        return "ManagedKey[kid=" + kid() + ", createdAt=" + createdAt + ", retiresAt=" + retiresAt + "]";
    }
}
