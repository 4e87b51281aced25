package vn.hocvuso.keys;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.hocvuso.keys.x509.CertificateAuthority;
import vn.hocvuso.keys.x509.ChainValidator;

/** Answers questions about a key's certificate chain: is it issued for this host, by this root, still valid. */
public final class IssuerCertificates {

    private IssuerCertificates() {}

    static boolean isIssuedFor(ManagedKey key, CertificateAuthority authority, String host, Instant now) {
        List<X509Certificate> chain = key.chain();
        if (chain.size() < 2 || !chain.get(chain.size() - 1).equals(authority.certificate())) {
            return false;
        }
        X509Certificate leaf = chain.get(0);
        if (!leaf.getNotAfter().toInstant().isAfter(now) || !namesHost(leaf, host)) {
            return false;
        }
        return true;
    }

    /**
     * The chain of {@code key} for an {@code x5c} header, after checking that every certificate
     * in it is valid now and that it leads to its root: an expired certificate is an error, never
     * silently published.
     */
    public static List<X509Certificate> x5c(ManagedKey key, Instant now, String source) {
        List<X509Certificate> chain = key.chain();
        if (chain.size() < 2) {
            throw new KeysException("key " + key.kid() + " in " + source
                    + " has only a self-signed certificate; run 'keys certificate' to have the root issue one");
        }
        ChainValidator.validate(chain, chain.get(chain.size() - 1), now, source);
        return chain;
    }

    static boolean namesHost(X509Certificate certificate, String host) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return false;
            }
            return names.stream().anyMatch(name -> host.equalsIgnoreCase(String.valueOf(name.get(1))));
        } catch (CertificateParsingException e) {
            return false;
        }
    }
}
