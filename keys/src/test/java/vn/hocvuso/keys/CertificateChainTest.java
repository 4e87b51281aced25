package vn.hocvuso.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocvuso.keys.x509.CertificateAuthority;
import vn.hocvuso.keys.x509.ChainValidator;

class CertificateChainTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void whenRootIssuesTheIssuerCertificateThenTheJdkPkixValidatorAcceptsTheChain() throws Exception {
        CertificateAuthority root = CertificateAuthority.create("Test Root", NOW, Duration.ofDays(3650));
        ManagedKey key = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "issuer", NOW);

        List<X509Certificate> chain = root.issue(
                key.certificate().getPublicKey(), "issuer", "credentials.example.vn", NOW, Duration.ofDays(365));

        // The JDK's own PKIX validator, as any relying party would use it.
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root.certificate(), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW.plus(Duration.ofDays(1))));
        CertPathValidator.getInstance("PKIX")
                .validate(CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, 1)), parameters);

        X509Certificate leaf = chain.get(0);
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(leaf.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, "credentials.example.vn"));
        assertThat(leaf.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(root.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.certificate().getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(leaf.getVersion()).isEqualTo(3);
        assertThat(leaf.getPublicKey()).isEqualTo(key.certificate().getPublicKey());
    }

    @Test
    void whenHostIsAnIpAddressThenTheSubjectAlternativeNameIsAnIpAddress() throws Exception {
        CertificateAuthority root = CertificateAuthority.create("Test Root", NOW, Duration.ofDays(3650));
        ManagedKey key = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "issuer", NOW);

        X509Certificate leaf = root.issue(
                        key.certificate().getPublicKey(), "issuer", "127.0.0.1", NOW, Duration.ofDays(30))
                .get(0);

        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(7, "127.0.0.1"));
    }

    @Test
    void whenServiceKeyIsCertifiedThenTheChainIsStoredAndPublishedAsX5c() {
        MutableClock clock = new MutableClock(NOW);
        ServiceKeys keys = ServiceKeys.open(folder, "credential-api", "UNSET", Map.of(), clock);
        keys.loadOrCreate(KeyAlgorithm.ES256);
        CertificateAuthority root = keys.loadOrCreateRoot("Test Root");

        keys.certifyActiveKey(root, "localhost", Duration.ofDays(365));
        ManagedKey active = ServiceKeys.open(folder, "credential-api", "UNSET", Map.of(), clock)
                .load()
                .active();

        List<X509Certificate> x5c = IssuerCertificates.x5c(active, clock.instant(), "keys.p12");
        assertThat(x5c).hasSize(2);
        assertThat(x5c.get(1)).isEqualTo(root.certificate());
        assertThat(IssuerCertificates.namesHost(x5c.get(0), "localhost")).isTrue();
    }

    @Test
    void whenCertificateHasExpiredThenTheErrorNamesItAndItsDate() {
        MutableClock clock = new MutableClock(NOW);
        ServiceKeys keys = ServiceKeys.open(folder, "credential-api", "UNSET", Map.of(), clock);
        keys.loadOrCreate(KeyAlgorithm.ES256);
        keys.certifyActiveKey(keys.loadOrCreateRoot("Test Root"), "localhost", Duration.ofDays(30));
        String before = Files2.sha256(keys.keystore());
        clock.advance(Duration.ofDays(31));

        ManagedKey active = keys.load().active();
        assertThatThrownBy(() -> IssuerCertificates.x5c(
                        active, clock.instant(), keys.keystore().toString()))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("expired on")
                .hasMessageContaining(keys.keystore().toString())
                .hasMessageContaining("CN=localhost");
        assertThat(Files2.sha256(keys.keystore())).isEqualTo(before);
    }

    @Test
    void whenChainLeadsToAnotherRootThenValidationFails() {
        CertificateAuthority root = CertificateAuthority.create("Test Root", NOW, Duration.ofDays(3650));
        CertificateAuthority stranger = CertificateAuthority.create("Stranger Root", NOW, Duration.ofDays(3650));
        ManagedKey key = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "issuer", NOW);
        List<X509Certificate> chain =
                root.issue(key.certificate().getPublicKey(), "issuer", "localhost", NOW, Duration.ofDays(30));

        assertThatThrownBy(() -> ChainValidator.validate(chain, stranger.certificate(), NOW, "test chain"))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("does not validate to the root 'CN=Stranger Root'");
    }

    @Test
    void whenRootWouldExpireBeforeTheCertificateThenIssuanceIsRefused() {
        CertificateAuthority root = CertificateAuthority.create("Short Root", NOW, Duration.ofDays(10));
        ManagedKey key = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "issuer", NOW);

        assertThatThrownBy(() ->
                        root.issue(key.certificate().getPublicKey(), "issuer", "localhost", NOW, Duration.ofDays(30)))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("renew the root");
    }
}
