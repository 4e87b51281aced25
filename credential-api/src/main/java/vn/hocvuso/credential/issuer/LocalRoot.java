package vn.hocvuso.credential.issuer;

import com.nimbusds.jose.util.Base64;
import java.nio.file.Files;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.store.CertificateAuthorityStore;
import vn.hocvuso.keys.x509.CertificateAuthority;

/**
 * The installation's local root CA, which certifies the issuer's and the verifier's keys, and the
 * {@code x5c} form (RFC 7515 §4.1.6) of the chains it signs.
 */
public final class LocalRoot {

    private LocalRoot() {}

    /** The root kept with the service's keys; created on first use unless configuration says not to. */
    public static Optional<CertificateAuthority> of(ServiceKeys serviceKeys, IssuerProperties properties) {
        boolean hasRoot = Files.exists(serviceKeys.folder().resolve(CertificateAuthorityStore.FILE_NAME));
        if (!hasRoot && !properties.createLocalRoot()) {
            return Optional.empty();
        }
        return Optional.of(serviceKeys.loadOrCreateRoot(properties.rootName()));
    }

    /** A certificate chain, leaf first, as the base64 (not base64url) DER values of {@code x5c}. */
    public static List<Base64> x5c(List<X509Certificate> chain) {
        List<Base64> encoded = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            try {
                encoded.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new KeysException(
                        "cannot encode the certificate " + certificate.getSubjectX500Principal() + " for x5c", e);
            }
        }
        return List.copyOf(encoded);
    }
}
