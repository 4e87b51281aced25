package vn.hocvuso.keys;

import com.nimbusds.jose.JWSAlgorithm;

/** The signing algorithms our services may use; anything else is refused. */
public enum KeyAlgorithm {
    /** ECDSA on P-256 with SHA-256 (RFC 7518 §3.4): the default everywhere. */
    ES256(JWSAlgorithm.ES256, "EC", "SHA256withECDSA"),
    /** RSASSA-PKCS1-v1_5 with a 2048-bit modulus (RFC 7518 §3.3): for peers that cannot use EC. */
    RS256(JWSAlgorithm.RS256, "RSA", "SHA256withRSA");

    private final JWSAlgorithm jwsAlgorithm;
    private final String keyType;
    private final String certificateSignatureAlgorithm;

    KeyAlgorithm(JWSAlgorithm jwsAlgorithm, String keyType, String certificateSignatureAlgorithm) {
        this.jwsAlgorithm = jwsAlgorithm;
        this.keyType = keyType;
        this.certificateSignatureAlgorithm = certificateSignatureAlgorithm;
    }

    public JWSAlgorithm jwsAlgorithm() {
        return jwsAlgorithm;
    }

    /** The JCA key algorithm name ({@code EC} or {@code RSA}). */
    public String keyType() {
        return keyType;
    }

    /** The JCA signature algorithm used when this key signs an X.509 certificate. */
    public String certificateSignatureAlgorithm() {
        return certificateSignatureAlgorithm;
    }

    public static KeyAlgorithm of(String name) {
        for (KeyAlgorithm algorithm : values()) {
            if (algorithm.name().equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        throw new KeysException("unsupported key algorithm '" + name + "'; use ES256 or RS256");
    }
}
