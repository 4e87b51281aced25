package vn.hocvuso.credential.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ManagedKey;

/**
 * The access log's own signing keys ({@code <data-dir>/access-log/}, a key ring apart from the
 * issuer's): the active key signs checkpoints; every key the ring still holds verifies them and is
 * published, retired ones included, because a checkpoint must stay verifiable long after its key
 * stopped signing.
 */
public final class CheckpointKeys {

    private final LiveKeyRing ring;

    public CheckpointKeys(LiveKeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    /** The active key's id and a signer for it. */
    Signing signing() {
        ECKey key = ring.active().jwk().toECKey();
        try {
            return new Signing(key.getKeyID(), new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new KeysException("the access-log key " + key.getKeyID() + " cannot sign ES256", e);
        }
    }

    /** The public key with this id, if the ring holds it. */
    Optional<ECKey> publicKey(String kid) {
        return ring.current().find(kid).map(key -> key.publicJwk().toECKey());
    }

    /** Every key of the ring, public parts only. */
    public JWKSet publicJwkSet() {
        List<JWK> keys =
                ring.current().keys().stream().map(ManagedKey::publicJwk).toList();
        return new JWKSet(keys);
    }

    record Signing(String kid, JWSSigner signer) {}
}
