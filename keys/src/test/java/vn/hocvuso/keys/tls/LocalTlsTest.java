package vn.hocvuso.keys.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocvuso.keys.KeysException;

class LocalTlsTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path folder;

    private LocalTls.Layout ensure(Instant at, String... hosts) {
        return LocalTls.ensure(folder, List.of(hosts), Map.of(), Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void whenFirstPreparedThenTheServerCertificateNamesTheLocalAddressesAndTheHostAndChainsToTheRoot()
            throws Exception {
        LocalTls.Layout files = ensure(NOW, "laptop.local");

        List<X509Certificate> chain = LocalTls.readCertificates(files.serverChain());
        X509Certificate root =
                LocalTls.readCertificates(files.rootCertificate()).get(0);
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1)).isEqualTo(root);
        X509Certificate leaf = chain.get(0);
        leaf.verify(root.getPublicKey());
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(leaf.getSubjectAlternativeNames().stream()
                        .map(entry -> entry.get(0) + "=" + entry.get(1))
                        .collect(Collectors.toList()))
                .containsExactlyInAnyOrder("2=localhost", "7=127.0.0.1", "7=0:0:0:0:0:0:0:1", "2=laptop.local");
        assertThat(Duration.between(
                        leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(365));
        assertThat(servedKeySignsFor(files, leaf)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.serverKey())))
                .isEqualTo("rw-------");
    }

    @Test
    void whenTheTrustStoreIsReadThenItHoldsTheLocalRootBesideTheJdksRoots() throws Exception {
        LocalTls.Layout files = ensure(NOW);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(files.trustStore())) {
            store.load(in, LocalTls.TRUSTSTORE_PASSWORD.toCharArray());
        }
        X509Certificate root =
                LocalTls.readCertificates(files.rootCertificate()).get(0);
        assertThat(store.getCertificateAlias(root)).isEqualTo("hocvuso-local-root");
        assertThat(store.size()).isGreaterThan(1);
    }

    @Test
    void whenPreparedAgainWithTheSameNamesThenNothingIsIssuedAnew() throws Exception {
        LocalTls.Layout files = ensure(NOW, "laptop.local");
        byte[] chain = Files.readAllBytes(files.serverChain());
        byte[] key = Files.readAllBytes(files.serverKey());
        byte[] root = Files.readAllBytes(files.rootCertificate());

        ensure(NOW.plus(Duration.ofDays(10)), "LAPTOP.local");

        assertThat(Files.readAllBytes(files.serverChain())).isEqualTo(chain);
        assertThat(Files.readAllBytes(files.serverKey())).isEqualTo(key);
        assertThat(Files.readAllBytes(files.rootCertificate())).isEqualTo(root);
    }

    @Test
    void whenAHostIsAddedOrTheCertificateNearsExpiryThenANewOneIsIssuedByTheSameRoot() throws Exception {
        LocalTls.Layout files = ensure(NOW);
        byte[] root = Files.readAllBytes(files.rootCertificate());
        byte[] first = Files.readAllBytes(files.serverChain());

        ensure(NOW, "phone-test.lan");
        byte[] second = Files.readAllBytes(files.serverChain());
        assertThat(second).isNotEqualTo(first);
        assertThat(LocalTls.readCertificates(files.serverChain()).get(0).getSubjectAlternativeNames())
                .anyMatch(entry -> "phone-test.lan".equals(entry.get(1)));

        ensure(NOW.plus(Duration.ofDays(340)), "phone-test.lan");
        assertThat(Files.readAllBytes(files.serverChain())).isNotEqualTo(second);
        assertThat(Files.readAllBytes(files.rootCertificate())).isEqualTo(root);
    }

    @Test
    void whenAHostNameIsMalformedThenNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> ensure(NOW, "evil.example/path"))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("'evil.example/path' is not a host name or an IP address");
        try (var entries = Files.list(folder)) {
            assertThat(entries).isEmpty();
        }
    }

    /** The key file is the certificate's own key, in PKCS#8 PEM: what Tomcat reads. */
    private static boolean servedKeySignsFor(LocalTls.Layout files, X509Certificate leaf) throws Exception {
        List<String> lines = Files.readAllLines(files.serverKey());
        assertThat(lines.get(0)).contains("PRIVATE KEY").doesNotContain("EC ").doesNotContain("ENCRYPTED");
        byte[] der = java.util.Base64.getMimeDecoder().decode(String.join("", lines.subList(1, lines.size() - 1)));
        java.security.PrivateKey key = java.security.KeyFactory.getInstance(
                        leaf.getPublicKey().getAlgorithm())
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
        java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(leaf.getPublicKey());
        verifier.update(new byte[] {1, 2, 3});
        return verifier.verify(signature);
    }
}
