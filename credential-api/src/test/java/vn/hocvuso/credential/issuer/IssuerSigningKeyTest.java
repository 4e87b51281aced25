package vn.hocvuso.credential.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.x509.ChainValidator;

/** The issuer key's certificate chain on a first start, without Spring. */
class IssuerSigningKeyTest {

    @TempDir
    Path folder;

    @Test
    void whenStartingOnAnEmptyFolderThenARootIsMadeAndTheActiveKeyIsCertifiedForTheIssuerHost() throws Exception {
        ServiceKeys keys = keys();
        IssuerSigningKey signing = new IssuerSigningKey(
                keys,
                live(keys),
                new IssuerProperties(true, "test root", Duration.ofDays(30)),
                app(),
                Clock.systemUTC());

        IssuerSigningKey.Signing current = signing.current();

        List<X509Certificate> chain = current.chain();
        assertThat(chain).hasSize(2);
        assertThat(Files.exists(folder.resolve("root-ca.p12"))).isTrue();
        assertThat(chain.get(0).getSubjectAlternativeNames())
                .anySatisfy(name -> assertThat(name.get(1)).isEqualTo("credentials.example.vn"));
        assertThat(chain.get(0).getPublicKey()).isEqualTo(current.key().toECPublicKey());
        ChainValidator.validate(chain, chain.get(1), java.time.Instant.now(), "test");
        assertThat(current.x5c()).hasSize(2);
    }

    @Test
    void whenNoRootMayBeCreatedAndTheKeyHasNoChainThenStartFailsWithTheReason() {
        ServiceKeys keys = keys();

        assertThatThrownBy(() -> new IssuerSigningKey(
                        keys,
                        live(keys),
                        new IssuerProperties(false, "unused", Duration.ofDays(30)),
                        app(),
                        Clock.systemUTC()))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("only a self-signed certificate");
        assertThat(Files.exists(folder.resolve("root-ca.p12"))).isFalse();
    }

    private ServiceKeys keys() {
        return ServiceKeys.open(
                folder, "credential-api", "TEST_PASSWORD", Map.of("TEST_PASSWORD", "secret"), Clock.systemUTC());
    }

    private static LiveKeyRing live(ServiceKeys keys) {
        return new LiveKeyRing(keys, KeyAlgorithm.ES256, Duration.ofSeconds(10));
    }

    private CredentialApiProperties app() {
        return new CredentialApiProperties(
                URI.create("https://credentials.example.vn"),
                folder,
                new CredentialApiProperties.Keys("TEST_PASSWORD", Duration.ofSeconds(10)),
                URI.create("https://auth.example.vn"));
    }
}
