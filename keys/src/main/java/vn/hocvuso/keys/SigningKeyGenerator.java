package vn.hocvuso.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.hocvuso.keys.x509.BouncyCastle;
import vn.hocvuso.keys.x509.X509Certificates;

/** Generates signing keys with Bouncy Castle: EC P-256 by default, RSA 2048 as an option. */
public final class SigningKeyGenerator {

    private static final int RSA_BITS = 2048;

    private SigningKeyGenerator() {}

    /**
     * A new key whose {@code kid} is its RFC 7638 thumbprint, so that the same key always has the
     * same identifier wherever it is published.
     */
    public static ManagedKey generate(KeyAlgorithm algorithm, String owner, Instant now) {
        // X.509 and our metadata keep seconds only; truncating here keeps a loaded key equal to a new one.
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        KeyPair pair = keyPair(algorithm);
        JWK jwk = toJwk(pair, algorithm);
        var certificate = X509Certificates.selfSigned(pair, algorithm, owner, created);
        return new ManagedKey(jwk, created, Optional.empty(), List.of(certificate));
    }

    static KeyPair keyPair(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType(), BouncyCastle.PROVIDER);
            if (algorithm == KeyAlgorithm.ES256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(RSA_BITS);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot generate a " + algorithm + " key pair", e);
        }
    }

    /** The JWK form of a key pair, with {@code kid} = RFC 7638 SHA-256 thumbprint, {@code use=sig}. */
    public static JWK toJwk(KeyPair pair, KeyAlgorithm algorithm) {
        try {
            JWK withoutKid = algorithm == KeyAlgorithm.ES256
                    ? new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
                            .privateKey((ECPrivateKey) pair.getPrivate())
                            .build()
                    : new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                            .privateKey((RSAPrivateKey) pair.getPrivate())
                            .build();
            String kid = withoutKid.computeThumbprint().toString();
            return algorithm == KeyAlgorithm.ES256
                    ? new ECKey.Builder(withoutKid.toECKey())
                            .keyID(kid)
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(algorithm.jwsAlgorithm())
                            .build()
                    : new RSAKey.Builder(withoutKid.toRSAKey())
                            .keyID(kid)
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(algorithm.jwsAlgorithm())
                            .build();
        } catch (JOSEException e) {
            throw new KeysException("cannot compute the thumbprint of a new key", e);
        }
    }
}
