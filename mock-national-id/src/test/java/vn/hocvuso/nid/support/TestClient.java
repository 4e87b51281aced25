package vn.hocvuso.nid.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * A relying party registered with the provider for the tests: its client id, its redirect URI
 * (served by {@link RelyingPartyServer}) and its ES256 key, generated here, whose public half the
 * server publishes at the client's JWK set URL.
 */
public record TestClient(String clientId, String path, ECKey key) {

    /** The main test client, entitled to every scope. */
    public static final TestClient MAIN = new TestClient("test-rp", "main", generate("test-rp-key-1"));

    /** A second client, to redeem another client's code. */
    public static final TestClient OTHER = new TestClient("other-rp", "other", generate("other-rp-key-1"));

    public String redirectUri() {
        return RelyingPartyServer.baseUrl() + "/" + path + "/callback";
    }

    public String jwkSetUrl() {
        return RelyingPartyServer.baseUrl() + "/" + path + "/jwks.json";
    }

    /** A key the provider has never seen, with the same key id: a signature by it must be refused. */
    public ECKey impostorKey() {
        return generate(key.getKeyID());
    }

    static ECKey generate(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(keyId)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
