package vn.hocvuso.credential.verification;

import com.nimbusds.jose.util.X509CertUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.credential.issuer.IssuerProperties;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.store.CertificateAuthorityStore;

/**
 * The root certificates an issuer's {@code x5c} chain must lead to: the PEM files of
 * {@code credentials.verifier.trust-anchors}, or, when none is configured, the local root of this
 * installation. Read once at start; a file that cannot be read stops the start.
 *
 * <p>The local root's certificate (public) is also written to {@code <data-dir>/root-ca.pem}, so
 * that wallets and other verifiers on this machine (the demo wallet) can trust it.
 */
@Component
public class TrustAnchors {

    static final String LOCAL_ROOT_PEM = "root-ca.pem";
    private static final Logger LOG = LoggerFactory.getLogger(TrustAnchors.class);

    private final List<X509Certificate> roots;

    @Autowired
    public TrustAnchors(
            VerifierProperties verifier,
            ServiceKeys serviceKeys,
            IssuerProperties issuer,
            CredentialApiProperties app) {
        this.roots = verifier.trustAnchors().isEmpty()
                ? localRoot(serviceKeys, issuer, app.dataDir())
                : verifier.trustAnchors().stream()
                        .flatMap(file -> read(file).stream())
                        .toList();
        if (roots.isEmpty()) {
            LOG.warn("the verifier trusts no root certificate: only allow-listed issuers' keys can verify");
        }
    }

    /** Exactly these roots (tests, benchmarks). */
    TrustAnchors(List<X509Certificate> roots) {
        this.roots = List.copyOf(roots);
    }

    public List<X509Certificate> roots() {
        return roots;
    }

    private static List<X509Certificate> localRoot(ServiceKeys keys, IssuerProperties issuer, Path dataDir) {
        boolean hasRoot = Files.exists(keys.folder().resolve(CertificateAuthorityStore.FILE_NAME));
        if (!hasRoot && !issuer.createLocalRoot()) {
            return List.of();
        }
        X509Certificate root = keys.loadOrCreateRoot(issuer.rootName()).certificate();
        writePem(dataDir.resolve(LOCAL_ROOT_PEM), root);
        return List.of(root);
    }

    /** Every certificate of a PEM file. */
    static List<X509Certificate> read(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust anchor file " + file.toAbsolutePath(), e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        int from = 0;
        String begin = "-----BEGIN CERTIFICATE-----";
        String end = "-----END CERTIFICATE-----";
        while ((from = pem.indexOf(begin, from)) >= 0) {
            int stop = pem.indexOf(end, from);
            if (stop < 0) {
                break;
            }
            X509Certificate certificate = X509CertUtils.parse(pem.substring(from, stop + end.length()));
            if (certificate == null) {
                throw new IllegalStateException(
                        "the trust anchor file " + file.toAbsolutePath() + " holds a certificate that does not parse");
            }
            certificates.add(certificate);
            from = stop + end.length();
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException(
                    "the trust anchor file " + file.toAbsolutePath() + " holds no PEM certificate");
        }
        return certificates;
    }

    private static void writePem(Path file, X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            String pem = "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)
                    || !Files.readString(file, StandardCharsets.US_ASCII).equals(pem)) {
                Path temporary = Files.createTempFile(file.getParent(), LOCAL_ROOT_PEM, ".tmp");
                Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
                Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | CertificateEncodingException e) {
            // Only a convenience for local wallets: the verifier itself keeps the root in memory.
            LOG.warn("cannot write the local root certificate to {}: {}", file, e.getMessage());
        }
    }
}
