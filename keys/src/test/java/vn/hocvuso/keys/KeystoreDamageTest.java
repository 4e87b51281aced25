package vn.hocvuso.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of damage gives an error naming the file and the problem, and changes no file. */
class KeystoreDamageTest {

    @TempDir
    Path folder;

    private Path keystore;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @BeforeEach
    void createKeys() {
        ServiceKeys.open(folder, "test", "UNSET_VARIABLE", Map.of(), clock).loadOrCreate(KeyAlgorithm.ES256);
        keystore = folder.resolve("keys.p12");
    }

    private ServiceKeys reopen() {
        return ServiceKeys.open(folder, "test", "UNSET_VARIABLE", Map.of(), clock);
    }

    @Test
    void whenPasswordIsWrongThenErrorNamesTheFileAndRotationChangesNothing() throws IOException {
        Files.writeString(folder.resolve("keystore.password"), "not-the-password\n");
        String before = Files2.sha256(keystore);

        assertThatThrownBy(() -> reopen().load())
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("wrong password for keystore " + keystore);
        assertThatThrownBy(() -> reopen().rotate(KeyAlgorithm.ES256, Duration.ofDays(1)))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("wrong password");
        assertThatThrownBy(() -> reopen().loadOrCreate(KeyAlgorithm.ES256)).isInstanceOf(KeysException.class);
        assertThat(Files2.sha256(keystore)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 100, 400})
    void whenKeystoreIsTruncatedThenErrorSaysSoAndTheFileIsKept(int length) throws IOException {
        byte[] original = Files.readAllBytes(keystore);
        Files.write(keystore, Arrays.copyOf(original, Math.min(length, original.length)));
        String before = Files2.sha256(keystore);

        assertThatThrownBy(() -> reopen().loadOrCreate(KeyAlgorithm.ES256))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining(keystore.toString())
                .hasMessageMatching("(?s).*(truncated|corrupted).*");
        assertThatThrownBy(() -> reopen().rotate(KeyAlgorithm.ES256, Duration.ofDays(1)))
                .isInstanceOf(KeysException.class);
        assertThat(Files2.sha256(keystore)).isEqualTo(before);
    }

    @Test
    void whenKeystoreIsCorruptedThenErrorSaysSoAndTheFileIsKept() throws IOException {
        byte[] bytes = Files.readAllBytes(keystore);
        for (int i = 0; i < 64; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(keystore, bytes);
        String before = Files2.sha256(keystore);

        assertThatThrownBy(() -> reopen().load())
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("keystore " + keystore)
                .hasMessageContaining("corrupted");
        assertThat(Files2.sha256(keystore)).isEqualTo(before);
    }

    @Test
    void whenKeystoreIsNotAFileThenErrorNamesIt() throws IOException {
        Files.delete(keystore);
        Files.createDirectory(keystore);

        assertThatThrownBy(() -> reopen().load())
                .isInstanceOf(KeysException.class)
                .hasMessageContaining(keystore.toString());
    }

    @Test
    void whenNoTemporaryFileIsLeftAfterSaving() throws IOException {
        reopen().rotate(KeyAlgorithm.ES256, Duration.ofDays(1));

        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("keys.p12", "keystore.password");
        }
    }
}
