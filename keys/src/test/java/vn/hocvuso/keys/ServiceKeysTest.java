package vn.hocvuso.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocvuso.keys.secret.DataKeys;
import vn.hocvuso.keys.store.KeystorePassword;

class ServiceKeysTest {

    private static final String VARIABLE = "TEST_KEYSTORE_PASSWORD";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private ServiceKeys open(Map<String, String> environment) {
        return ServiceKeys.open(folder, "test-service", VARIABLE, environment, clock);
    }

    @Test
    void whenFolderIsEmptyThenKeysAndAnOwnerOnlyPasswordFileAreCreated() throws IOException {
        KeyRing ring = open(Map.of()).loadOrCreate(KeyAlgorithm.ES256);

        Path passwordFile = folder.resolve(KeystorePassword.FILE_NAME);
        assertThat(folder.resolve("keys.p12")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(folder.resolve("keys.p12")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(ring.keys()).hasSize(1);
    }

    @Test
    void whenReopenedThenTheSameKeysComeBack() {
        KeyRing created = open(Map.of()).loadOrCreate(KeyAlgorithm.ES256);

        KeyRing loaded = open(Map.of()).loadOrCreate(KeyAlgorithm.ES256);

        assertThat(loaded.active().kid()).isEqualTo(created.active().kid());
        assertThat(loaded.active().createdAt()).isEqualTo(created.active().createdAt());
        assertThat(loaded.active().jwk().toPublicJWK())
                .isEqualTo(created.active().jwk().toPublicJWK());
    }

    @Test
    void whenEnvironmentVariableIsSetThenItIsThePasswordAndNoFileIsWritten() {
        open(Map.of(VARIABLE, "from-the-environment")).loadOrCreate(KeyAlgorithm.ES256);

        assertThat(folder.resolve(KeystorePassword.FILE_NAME)).doesNotExist();
        assertThatThrownBy(() -> open(Map.of(VARIABLE, "another")).load())
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("wrong password")
                .hasMessageContaining(folder.resolve("keys.p12").toString());
    }

    @Test
    void whenRotatedAndReloadedThenRetirementTimesSurvive() {
        ServiceKeys keys = open(Map.of());
        String first = keys.loadOrCreate(KeyAlgorithm.ES256).active().kid();
        clock.advance(Duration.ofMinutes(5));

        keys.rotate(KeyAlgorithm.ES256, Duration.ofHours(2));
        KeyRing reloaded = open(Map.of()).load();

        assertThat(reloaded.active().kid()).isNotEqualTo(first);
        assertThat(reloaded.require(first).retiresAt()).contains(clock.instant().plus(Duration.ofHours(2)));
    }

    @Test
    void whenOverlapHasEndedThenTheNextRotationDropsTheRetiredKey() {
        ServiceKeys keys = open(Map.of());
        String first = keys.loadOrCreate(KeyAlgorithm.ES256).active().kid();
        keys.rotate(KeyAlgorithm.ES256, Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(11));

        KeyRing ring = keys.rotate(KeyAlgorithm.ES256, Duration.ofMinutes(10));

        assertThat(ring.find(first)).isEmpty();
        assertThat(ring.keys()).hasSize(2);
    }

    @Test
    void whenPasswordFileIsLostThenTheErrorSaysSoAndNothingIsRegenerated() throws IOException {
        open(Map.of()).loadOrCreate(KeyAlgorithm.ES256);
        String before = Files2.sha256(folder.resolve("keys.p12"));
        Files.delete(folder.resolve(KeystorePassword.FILE_NAME));

        assertThatThrownBy(() -> open(Map.of()))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining(VARIABLE)
                .hasMessageContaining(KeystorePassword.FILE_NAME);
        assertThat(folder.resolve(KeystorePassword.FILE_NAME)).doesNotExist();
        assertThat(Files2.sha256(folder.resolve("keys.p12"))).isEqualTo(before);
    }

    @Test
    void whenGenerateIsAskedTwiceThenTheExistingKeystoreIsKept() {
        ServiceKeys keys = open(Map.of());
        keys.generate(KeyAlgorithm.ES256);
        String before = Files2.sha256(keys.keystore());

        assertThatThrownBy(() -> keys.generate(KeyAlgorithm.ES256))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("already exists");
        assertThat(Files2.sha256(keys.keystore())).isEqualTo(before);
    }

    @Test
    void whenDataKeysAreOpenedTwiceThenTheyAreTheSame() {
        DataKeys first = open(Map.of()).dataKeys();
        DataKeys second = open(Map.of()).dataKeys();

        assertThat(first.encryptionKey().getAlgorithm()).isEqualTo("AES");
        assertThat(first.encryptionKey().getEncoded()).hasSize(32);
        assertThat(Arrays.equals(
                        first.encryptionKey().getEncoded(),
                        second.encryptionKey().getEncoded()))
                .isTrue();
        assertThat(Arrays.equals(
                        first.lookupKey().getEncoded(), second.lookupKey().getEncoded()))
                .isTrue();
    }
}
