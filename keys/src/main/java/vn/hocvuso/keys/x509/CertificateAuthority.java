package vn.hocvuso.keys.x509;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import vn.hocvuso.keys.KeysException;

/**
 * A root certificate authority: the trust anchor that verifiers configure, and that signs the
 * credential issuer's certificate so that credentials can carry an {@code x5c} chain.
 */
public final class CertificateAuthority {

    public static final Duration DEFAULT_ROOT_VALIDITY = Duration.ofDays(3650);
    public static final Duration DEFAULT_ISSUER_VALIDITY = Duration.ofDays(365);

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    public CertificateAuthority(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /** A new root with an EC P-256 key, valid from {@code now} for {@code validity}. */
    public static CertificateAuthority create(String commonName, Instant now, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Instant start = now.truncatedTo(ChronoUnit.SECONDS);
            return new CertificateAuthority(
                    pair.getPrivate(), X509Certificates.rootCa(pair, commonName, start, validity));
        } catch (java.security.GeneralSecurityException e) {
            throw new KeysException("cannot generate a root CA key", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * Issues an end-entity certificate for {@code subjectKey} naming {@code host} as subject
     * alternative name, and returns the chain leaf first, root last, as {@code x5c} wants it
     * (RFC 7515 §4.1.6).
     */
    public List<X509Certificate> issue(
            PublicKey subjectKey, String commonName, String host, Instant now, Duration validity) {
        Instant start = validityStart(now, validity);
        X509Certificate leaf =
                X509Certificates.endEntity(subjectKey, commonName, host, certificate, privateKey, start, validity);
        return List.of(leaf, certificate);
    }

    /**
     * Issues a TLS server certificate for {@code subjectKey} naming every host name and IP address
     * of {@code names}; returns the chain leaf first, root last, as a TLS server sends it.
     */
    public List<X509Certificate> issueTlsServer(
            PublicKey subjectKey, List<String> names, Instant now, Duration validity) {
        Instant start = validityStart(now, validity);
        return List.of(
                X509Certificates.tlsServer(subjectKey, names, certificate, privateKey, start, validity), certificate);
    }

    /** The start of a certificate issued at {@code now}; the root must outlive it. */
    private Instant validityStart(Instant now, Duration validity) {
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        if (start.plus(validity).isAfter(certificate.getNotAfter().toInstant())) {
            throw new KeysException(
                    "the root CA '" + certificate.getSubjectX500Principal().getName()
                            + "' expires on " + certificate.getNotAfter().toInstant()
                            + ", before the requested certificate would; renew the root first");
        }
        return start;
    }
}
