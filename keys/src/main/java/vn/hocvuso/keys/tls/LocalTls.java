package vn.hocvuso.keys.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.store.CertificateAuthorityStore;
import vn.hocvuso.keys.store.KeystorePassword;
import vn.hocvuso.keys.store.Pkcs12File;
import vn.hocvuso.keys.x509.CertificateAuthority;
import vn.hocvuso.keys.x509.ChainValidator;

/**
 * The files of the stack's HTTPS mode in one folder (by default {@code ./data/tls}): a local root CA
 * that people import into their browser or phone, and the TLS server certificate it issues for
 * {@code localhost}, {@code 127.0.0.1}, {@code ::1} and any further host names. DEVELOPMENT AND
 * DEMO ONLY: a production deployment takes its certificate from a real CA or its reverse proxy.
 *
 * <ul>
 *   <li>{@code root-ca.p12}: the root's key, protected by {@code keystore.password} beside it or the
 *       environment variable {@link #PASSWORD_ENV}; created once and never replaced</li>
 *   <li>{@code root-ca.pem}: the root certificate, to import</li>
 *   <li>{@code server.pem} (chain, leaf first) and {@code server-key.pem} (PKCS#8, readable by its owner
 *       only): what the apps' Tomcat serves; issued again when a name is added or it nears expiry</li>
 *   <li>{@code truststore.p12}: the JDK's own trusted roots plus the local root, for the apps' calls to
 *       one another ({@code -Djavax.net.ssl.trustStore}); its password {@link #TRUSTSTORE_PASSWORD}
 *       guards nothing secret, only the file's integrity</li>
 * </ul>
 */
public final class LocalTls {

    public static final String PASSWORD_ENV = "TLS_KEYSTORE_PASSWORD";
    public static final String TRUSTSTORE_PASSWORD = "changeit";
    public static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "::1");
    static final Duration SERVER_VALIDITY = Duration.ofDays(365);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final String ROOT_NAME = "hocvuso local development root CA";

    /** Where the files are, once {@link #ensure} made them. */
    public record Layout(Path folder, Path rootCertificate, Path serverChain, Path serverKey, Path trustStore) {

        static Layout in(Path folder) {
            Path f = folder.toAbsolutePath().normalize();
            return new Layout(
                    f,
                    f.resolve("root-ca.pem"),
                    f.resolve("server.pem"),
                    f.resolve("server-key.pem"),
                    f.resolve("truststore.p12"));
        }
    }

    private LocalTls() {}

    /**
     * Makes sure {@code folder} holds a root and a server certificate valid for the local names and
     * {@code hostNames}; creates what is missing, keeps what is still right.
     */
    public static Layout ensure(Path folder, List<String> hostNames, Map<String, String> environment, Clock clock) {
        Layout files = Layout.in(folder);
        List<String> names = names(hostNames);
        CertificateAuthorityStore store = CertificateAuthorityStore.in(
                files.folder(),
                KeystorePassword.resolve(
                        files.folder(),
                        PASSWORD_ENV,
                        environment,
                        !Files.exists(files.folder().resolve(CertificateAuthorityStore.FILE_NAME))));
        Instant now = clock.instant();
        if (!store.exists()) {
            store.create(CertificateAuthority.create(ROOT_NAME, now, CertificateAuthority.DEFAULT_ROOT_VALIDITY));
        }
        CertificateAuthority root = store.load();
        ChainValidator.requireValidAt(root.certificate(), now, store.path().toString());
        try {
            write(files.rootCertificate(), Pem.certificates(List.of(root.certificate())), false);
            if (!serverIsCurrent(files, root, names, now)) {
                KeyPair pair = newServerKey();
                List<X509Certificate> chain = root.issueTlsServer(pair.getPublic(), names, now, SERVER_VALIDITY);
                write(files.serverKey(), Pem.privateKey(pair.getPrivate()), true);
                write(files.serverChain(), Pem.certificates(chain), false);
            }
            writeTrustStore(files.trustStore(), root.certificate());
        } catch (IOException e) {
            throw new KeysException("cannot write the TLS files in " + files.folder() + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** The local names first, then the further ones, each once; refuses a name that is neither a host nor an IP. */
    static List<String> names(List<String> hostNames) {
        Set<String> names = new LinkedHashSet<>(LOCAL_NAMES);
        for (String name : hostNames) {
            String trimmed = name.strip();
            if (!trimmed.matches("[A-Za-z0-9.:-]+") || trimmed.startsWith("-") || trimmed.startsWith(".")) {
                throw new KeysException("'" + name + "' is not a host name or an IP address");
            }
            names.add(trimmed.toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(names);
    }

    private static boolean serverIsCurrent(Layout files, CertificateAuthority root, List<String> names, Instant now)
            throws IOException {
        if (!Files.isRegularFile(files.serverChain()) || !Files.isRegularFile(files.serverKey())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(files.serverChain())) {
            Collection<? extends java.security.cert.Certificate> chain =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (chain.isEmpty()) {
                return false;
            }
            X509Certificate leaf = (X509Certificate) chain.iterator().next();
            leaf.verify(root.certificate().getPublicKey());
            return leaf.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))
                    && !leaf.getNotBefore().toInstant().isAfter(now)
                    && alternativeNames(leaf).equals(canonical(names));
        } catch (GeneralSecurityException e) {
            return false; // unreadable, or issued by another root: issue a new one
        }
    }

    private static Set<String> alternativeNames(X509Certificate leaf) throws CertificateParsingException {
        Set<String> names = new HashSet<>();
        Collection<List<?>> entries = leaf.getSubjectAlternativeNames();
        if (entries != null) {
            for (List<?> entry : entries) {
                names.add(canonical(String.valueOf(entry.get(1))));
            }
        }
        return names;
    }

    private static Set<String> canonical(List<String> names) {
        Set<String> canonical = new HashSet<>();
        names.forEach(name -> canonical.add(canonical(name)));
        return canonical;
    }

    /** IP addresses in one spelling ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are the same name). */
    private static String canonical(String name) {
        if (name.contains(":") || name.matches("[0-9.]+")) {
            try {
                return InetAddress.getByName(name).getHostAddress();
            } catch (UnknownHostException e) {
                return name;
            }
        }
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static KeyPair newServerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot generate a TLS server key", e);
        }
    }

    /** The JDK's trusted roots and the local one, so that the apps still reach public https addresses. */
    private static void writeTrustStore(Path path, X509Certificate localRoot) {
        KeyStore store = Pkcs12File.empty();
        try {
            List<X509Certificate> roots = new ArrayList<>(List.of(jdkRoots()));
            int index = 0;
            for (X509Certificate certificate : roots) {
                store.setCertificateEntry("jdk-" + index++, certificate);
            }
            store.setCertificateEntry("hocvuso-local-root", localRoot);
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot prepare the trust store " + path, e);
        }
        new Pkcs12File(path).save(store, TRUSTSTORE_PASSWORD.toCharArray());
    }

    private static X509Certificate[] jdkRoots() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (var manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }

    private static void write(Path path, String content, boolean ownerOnly) throws IOException {
        Files.createDirectories(path.getParent());
        Path temporary = path.resolveSibling("." + path.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (ownerOnly) {
            try {
                Files.createFile(
                        temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporary);
            }
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the PEM certificates of {@code file}, for tests and tools that trust the local root. */
    public static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new KeysException("cannot read certificates from " + file + ": " + e.getMessage(), e);
        }
    }
}
