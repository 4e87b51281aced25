package vn.hocvuso.credential.portal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.Objects;
import vn.hocvuso.keys.LiveKeyRing;

/**
 * The portal's own key ring as an OAuth client ({@code <data-dir>/oauth-client/}), apart from the
 * issuer's keys: its active key signs the {@code private_key_jwt} client assertions (RFC 7523 §2.2),
 * and the public keys are published at {@code /oauth2/client-jwks} where auth-server fetches them.
 */
public final class PortalClientKeys {

    private final LiveKeyRing ring;

    public PortalClientKeys(LiveKeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    /** The active key, private part included: for signing client assertions only. */
    public JWK signingKey() {
        return ring.active().jwk();
    }

    /** The live public keys, never a private part. */
    public JWKSet publicJwkSet() {
        return ring.publishedJwkSet();
    }
}
