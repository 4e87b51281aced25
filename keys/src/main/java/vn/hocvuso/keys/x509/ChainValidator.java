package vn.hocvuso.keys.x509;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import vn.hocvuso.keys.KeysException;

/** Validates a certificate chain to a trust anchor with the JDK's PKIX validator (RFC 5280 §6). */
public final class ChainValidator {

    private ChainValidator() {}

    /**
     * Validates {@code chain} (leaf first; the anchor may be included last) against {@code anchor}
     * at {@code at}. {@code source} names where the chain came from, for the error message.
     */
    public static void validate(List<X509Certificate> chain, X509Certificate anchor, Instant at, String source) {
        for (X509Certificate certificate : chain) {
            requireValidAt(certificate, at, source);
        }
        List<X509Certificate> path = chain.stream()
                .filter(certificate -> !certificate.equals(anchor))
                .toList();
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            // Our private root publishes no CRL; revocation of credentials uses the status list instead.
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (CertPathValidatorException e) {
            throw new KeysException(
                    "the certificate chain in " + source + " does not validate to the root '"
                            + anchor.getSubjectX500Principal().getName() + "': " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot validate the certificate chain in " + source + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a certificate outside its validity period with a message naming it and its dates. */
    public static void requireValidAt(X509Certificate certificate, Instant at, String source) {
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw new KeysException(
                    "the certificate '" + certificate.getSubjectX500Principal().getName() + "' in " + source
                            + " expired on " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new KeysException("the certificate '"
                    + certificate.getSubjectX500Principal().getName() + "' in " + source + " is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
    }
}
