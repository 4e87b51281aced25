package vn.hocvuso.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveKeyRingTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private ServiceKeys keys() {
        return ServiceKeys.open(folder, "test", "UNSET", Map.of(), clock);
    }

    @Test
    void whenKeystoreIsRotatedElsewhereThenTheRunningServiceSeesTheNewKeyAfterItsCheckInterval() throws Exception {
        LiveKeyRing live = new LiveKeyRing(keys(), KeyAlgorithm.ES256, Duration.ofSeconds(10));
        String first = live.active().kid();

        keys().rotate(KeyAlgorithm.ES256, Duration.ofDays(1));
        Files.setLastModifiedTime(
                folder.resolve("keys.p12"),
                java.nio.file.attribute.FileTime.from(clock.instant().plusSeconds(1)));
        assertThat(live.active().kid()).as("within the check interval").isEqualTo(first);

        clock.advance(Duration.ofSeconds(11));
        assertThat(live.active().kid()).isNotEqualTo(first);
        assertThat(live.publishedJwkSet().getKeys()).extracting(JWK::getKeyID).contains(first);
    }

    @Test
    void whenKeysAreSelectedForSigningThenOnlyTheActiveKeyMatches() throws Exception {
        keys().loadOrCreate(KeyAlgorithm.ES256);
        keys().rotate(KeyAlgorithm.ES256, Duration.ofDays(1));
        LiveKeyRing live = new LiveKeyRing(keys(), KeyAlgorithm.ES256, Duration.ofSeconds(10));
        JWKSelector any = new JWKSelector(new JWKMatcher.Builder().build());

        List<JWK> signing = live.<SecurityContext>activeKeySource().get(any, null);
        List<JWK> verifying = live.<SecurityContext>liveKeySource().get(any, null);

        assertThat(signing)
                .extracting(JWK::getKeyID)
                .containsExactly(live.active().kid());
        assertThat(verifying).hasSize(2);
    }

    @Test
    void whenTheNewFileIsDamagedThenTheServiceKeepsItsKeys() throws Exception {
        LiveKeyRing live = new LiveKeyRing(keys(), KeyAlgorithm.ES256, Duration.ofSeconds(1));
        String first = live.active().kid();

        Files.write(folder.resolve("keys.p12"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(
                folder.resolve("keys.p12"),
                java.nio.file.attribute.FileTime.from(clock.instant().plusSeconds(5)));
        clock.advance(Duration.ofSeconds(2));

        assertThat(live.active().kid()).isEqualTo(first);
    }
}
