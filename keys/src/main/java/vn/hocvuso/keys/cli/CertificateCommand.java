package vn.hocvuso.keys.cli;

import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.IssuerCertificates;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.x509.CertificateAuthority;

@Command(
        name = "certificate",
        mixinStandardHelpOptions = true,
        description = {
            "Has a root CA issue an X.509 certificate for the service's active key, naming the host as",
            "subject alternative name, and stores the chain beside the key so that credentials can carry",
            "it as 'x5c'. Prints the chain (leaf first) as PEM. The root lives in root-ca.p12 in",
            "--root-dir; with --create-root it is created there when missing (development only: keep a",
            "production root offline)."
        })
final class CertificateCommand implements Callable<Integer> {

    @Mixin
    KeyFolderOptions options;

    @Option(
            names = "--host",
            required = true,
            paramLabel = "HOST",
            description = "the issuer's host name, e.g. credentials.example.vn")
    String host;

    @Option(
            names = "--root-dir",
            paramLabel = "FOLDER",
            description = "folder of the root CA keystore root-ca.p12 (default: the service's folder)")
    Path rootFolder;

    @Option(names = "--create-root", description = "create a new root CA when root-ca.p12 is missing")
    boolean createRoot;

    @Option(
            names = "--validity-days",
            defaultValue = "365",
            paramLabel = "DAYS",
            description = "validity of the issued certificate in days (default: ${DEFAULT-VALUE})")
    int validityDays;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (validityDays <= 0) {
            throw new KeysException("--validity-days must be positive, not " + validityDays);
        }
        ServiceKeys keys = options.open();
        Path rootDir = rootFolder != null ? rootFolder : options.folder;
        ServiceKeys rootKeys = rootDir.equals(options.folder)
                ? keys
                : ServiceKeys.open(rootDir, "root", options.passwordVariable, System.getenv(), Clock.systemUTC());
        if (!createRoot && !rootDir.resolve("root-ca.p12").toFile().exists()) {
            throw new KeysException("no root CA keystore "
                    + rootDir.toAbsolutePath().normalize().resolve("root-ca.p12")
                    + "; pass --create-root to create one");
        }
        CertificateAuthority root = rootKeys.loadOrCreateRoot("Digital competency credentials root CA");
        KeyRing ring = keys.certifyActiveKey(root, host, Duration.ofDays(validityDays));
        var chain = IssuerCertificates.x5c(
                ring.active(), keys.clock().instant(), keys.keystore().toString());
        var out = spec.commandLine().getOut();
        for (X509Certificate certificate : chain) {
            out.print(pem(certificate));
        }
        return 0;
    }

    private static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new KeysException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }
}
