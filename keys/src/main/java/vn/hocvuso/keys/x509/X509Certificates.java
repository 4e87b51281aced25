package vn.hocvuso.keys.x509;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeysException;

/** Builds the X.509 v3 certificates of this library (RFC 5280) with Bouncy Castle. */
public final class X509Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private X509Certificates() {}

    /** A self-signed end-entity certificate: PKCS#12 needs one beside every private key. */
    public static X509Certificate selfSigned(
            KeyPair pair, KeyAlgorithm algorithm, String commonName, Instant notBefore) {
        X500Name subject = new X500Name("CN=" + commonName);
        JcaX509v3CertificateBuilder builder =
                builder(subject, subject, pair.getPublic(), notBefore, notBefore.plus(Duration.ofDays(3650)));
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        } catch (CertIOException e) {
            throw new KeysException("cannot build a certificate for " + commonName, e);
        }
        return sign(builder, pair.getPrivate(), algorithm);
    }

    /** A CA certificate: basic constraints cA=true, may sign certificates and CRLs (RFC 5280 §4.2.1.9). */
    public static X509Certificate rootCa(KeyPair pair, String commonName, Instant notBefore, Duration validity) {
        X500Name subject = name(commonName);
        JcaX509v3CertificateBuilder builder =
                builder(subject, subject, pair.getPublic(), notBefore, notBefore.plus(validity));
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
        } catch (CertIOException | java.security.NoSuchAlgorithmException e) {
            throw new KeysException("cannot build the root certificate " + commonName, e);
        }
        return sign(builder, pair.getPrivate(), KeyAlgorithm.ES256);
    }

    /**
     * An end-entity certificate for {@code subjectKey}, signed by the CA, naming {@code host} as its
     * subject alternative name so that a verifier can tie the key to the issuer's address.
     */
    public static X509Certificate endEntity(
            PublicKey subjectKey,
            String commonName,
            String host,
            X509Certificate caCertificate,
            PrivateKey caKey,
            Instant notBefore,
            Duration validity) {
        X500Name issuer =
                X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded());
        JcaX509v3CertificateBuilder builder =
                builder(issuer, name(commonName), subjectKey, notBefore, notBefore.plus(validity));
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(generalName(host)));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(caCertificate));
        } catch (CertIOException | CertificateException | java.security.NoSuchAlgorithmException e) {
            throw new KeysException("cannot build a certificate for " + host, e);
        }
        return sign(builder, caKey, KeyAlgorithm.ES256);
    }

    /**
     * A TLS server certificate for {@code subjectKey}, signed by the CA: extended key usage
     * serverAuth and every name of {@code names} (host names and IP addresses) as subject
     * alternative name, which browsers and the JDK check instead of the common name (RFC 6125 §6.4.4).
     */
    public static X509Certificate tlsServer(
            PublicKey subjectKey,
            List<String> names,
            X509Certificate caCertificate,
            PrivateKey caKey,
            Instant notBefore,
            Duration validity) {
        if (names.isEmpty()) {
            throw new KeysException("a TLS server certificate needs at least one host name");
        }
        X500Name issuer =
                X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded());
        JcaX509v3CertificateBuilder builder =
                builder(issuer, name(names.get(0)), subjectKey, notBefore, notBefore.plus(validity));
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(
                            names.stream().map(X509Certificates::generalName).toArray(GeneralName[]::new)));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(caCertificate));
        } catch (CertIOException | CertificateException | java.security.NoSuchAlgorithmException e) {
            throw new KeysException("cannot build a TLS certificate for " + names, e);
        }
        return sign(builder, caKey, KeyAlgorithm.ES256);
    }

    /**
     * A distinguished name holding one common name, built attribute by attribute so that a comma
     * in a service name cannot add attributes, and cut to RFC 5280's upper bound of 64 characters.
     */
    private static X500Name name(String commonName) {
        String bounded = commonName.length() > 64 ? commonName.substring(0, 64) : commonName;
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, bounded).build();
    }

    private static GeneralName generalName(String host) {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            try {
                return new GeneralName(
                        GeneralName.iPAddress,
                        new org.bouncycastle.asn1.DEROctetString(
                                InetAddress.getByName(host).getAddress()));
            } catch (java.net.UnknownHostException e) {
                throw new KeysException("'" + host + "' is not a valid IP address", e);
            }
        }
        return new GeneralName(GeneralName.dNSName, host);
    }

    private static JcaX509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey key, Instant notBefore, Instant notAfter) {
        // RFC 5280 §4.1.2.2: a positive serial of up to 20 octets, unpredictable.
        BigInteger serial = new BigInteger(159, RANDOM).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, KeyAlgorithm algorithm) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm.certificateSignatureAlgorithm())
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(key);
            X509CertificateHolder holder = builder.build(signer);
            // Converted by the JDK's own factory so that PKIX validation and PKCS#12 see plain JDK objects.
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (OperatorCreationException | CertificateException e) {
            throw new KeysException("cannot sign a certificate", e);
        }
    }
}
