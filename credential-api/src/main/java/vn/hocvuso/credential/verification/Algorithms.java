package vn.hocvuso.credential.verification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.List;

/**
 * The one allow-list of signature algorithms the verifier accepts, for credentials, key-binding
 * JWTs and status lists alike, and what it advertises in {@code vp_formats_supported}. An
 * algorithm not listed (including {@code none}, HMAC and RSA) fails before any key is used.
 */
public final class Algorithms {

    /** ES256 (P-256): what this issuer signs with and what OpenID4VC HAIP requires. */
    public static final List<JWSAlgorithm> ALLOWED = List.of(JWSAlgorithm.ES256);

    private Algorithms() {}

    public static List<String> names() {
        return ALLOWED.stream().map(JWSAlgorithm::getName).toList();
    }

    /** Refuses a JWT whose {@code alg} is not on the list; {@code what} names it in the detail. */
    static void requireAllowed(SignedJWT jwt, String reason, String what) {
        if (!ALLOWED.contains(jwt.getHeader().getAlgorithm())) {
            throw new CheckFailure(
                    reason, what + " is signed with " + jwt.getHeader().getAlgorithm() + ", which is not allowed");
        }
    }

    /** True when {@code key} signed {@code jwt}; false for a wrong signature or a key unfit for the algorithm. */
    static boolean verifies(SignedJWT jwt, PublicKey key) {
        if (!(key instanceof ECPublicKey ec)) {
            return false;
        }
        try {
            return jwt.verify(new ECDSAVerifier(ec));
        } catch (JOSEException | RuntimeException e) {
            // Nimbus refuses a key of another curve than the algorithm's, or critical headers.
            return false;
        }
    }

    /** A public P-256 key, or empty for anything else. */
    static java.util.Optional<ECPublicKey> p256(ECKey key) {
        if (key == null || key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(key.toECPublicKey());
        } catch (JOSEException e) {
            return java.util.Optional.empty();
        }
    }
}
