package vn.hocvuso.wallet.cli;

import com.nimbusds.jose.util.X509CertUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.WalletException;

/** Where the demo wallet keeps its credentials, and which roots it trusts for issuers and verifiers. */
final class WalletOptions {

    static final String HOME_VARIABLE = "DEMO_WALLET_HOME";
    static final String DEFAULT_TRUST_ANCHOR = "data/credential-api/root-ca.pem";

    @Option(
            names = "--data-dir",
            paramLabel = "FOLDER",
            description = "the wallet's folder (default: $" + HOME_VARIABLE + ", else data/demo-wallet)")
    Path dataDir;

    @Option(
            names = "--trust-anchor",
            paramLabel = "PEM",
            description = "a root certificate (PEM) the wallet trusts for issuers' and verifiers' x5c chains;"
                    + " repeatable (default: " + DEFAULT_TRUST_ANCHOR + ", the local root credential-api writes)")
    List<Path> trustAnchors = new ArrayList<>();

    WalletFolder folder() {
        if (dataDir != null) {
            return new WalletFolder(dataDir);
        }
        String home = System.getenv(HOME_VARIABLE);
        return new WalletFolder(Path.of(home == null || home.isBlank() ? "data/demo-wallet" : home));
    }

    HolderWallet wallet() {
        HolderWallet wallet = new HolderWallet(roots());
        folder().load().forEach(wallet::keep);
        return wallet;
    }

    List<X509Certificate> roots() {
        List<Path> files = trustAnchors.isEmpty() ? List.of(defaultAnchor()) : trustAnchors;
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : files) {
            roots.addAll(read(file));
        }
        return roots;
    }

    private static Path defaultAnchor() {
        String home = System.getenv(HOME_VARIABLE);
        Path base = home == null || home.isBlank() ? Path.of("data/demo-wallet") : Path.of(home);
        // data/demo-wallet -> data/credential-api/root-ca.pem beside it
        Path sibling = base.toAbsolutePath().normalize().getParent();
        return sibling == null ? Path.of(DEFAULT_TRUST_ANCHOR) : sibling.resolve("credential-api/root-ca.pem");
    }

    static List<X509Certificate> read(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new WalletException("cannot read the trust anchor " + file.toAbsolutePath()
                    + " (start credential-api once: it writes its root there; or pass --trust-anchor)");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        String end = "-----END CERTIFICATE-----";
        int from = 0;
        while ((from = pem.indexOf("-----BEGIN CERTIFICATE-----", from)) >= 0) {
            int stop = pem.indexOf(end, from);
            if (stop < 0) {
                break;
            }
            X509Certificate certificate = X509CertUtils.parse(pem.substring(from, stop + end.length()));
            if (certificate == null) {
                throw new WalletException("the trust anchor " + file + " holds a certificate that does not parse");
            }
            certificates.add(certificate);
            from = stop + end.length();
        }
        if (certificates.isEmpty()) {
            throw new WalletException("the trust anchor " + file + " holds no PEM certificate");
        }
        return certificates;
    }
}
