package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256SecretEncoderTest {

    private final Sha256SecretEncoder encoder = new Sha256SecretEncoder();

    @Test
    void whenTheSecretIsRightThenItMatchesAndTheStoredFormIsNotTheSecret() {
        String stored = encoder.encode("a-long-random-benchmark-secret-0123456789");

        assertThat(stored).startsWith("sha256:").doesNotContain("benchmark");
        assertThat(encoder.matches("a-long-random-benchmark-secret-0123456789", stored))
                .isTrue();
        assertThat(encoder.upgradeEncoding(stored)).isFalse();
    }

    @Test
    void whenTheSecretIsWrongOrTheStoredFormForeignThenNothingMatches() {
        String stored = encoder.encode("a-long-random-benchmark-secret-0123456789");

        assertThat(encoder.matches("a-long-random-benchmark-secret-012345678", stored))
                .isFalse();
        assertThat(encoder.matches("x", "{noop}x")).isFalse();
        assertThat(encoder.matches("x", "sha256:not base64!")).isFalse();
        assertThat(encoder.matches(null, stored)).isFalse();
    }
}
