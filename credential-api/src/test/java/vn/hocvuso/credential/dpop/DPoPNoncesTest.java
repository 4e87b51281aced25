package vn.hocvuso.credential.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.learner.PersonalDataCipher;

/** Server-provided DPoP nonces: accepted while current, refused once stale, forged or sealed by another key. */
class DPoPNoncesTest {

    private static final Instant ISSUED = Instant.parse("2026-05-01T08:00:00Z");
    private static final DPoPProperties PROPERTIES =
            new DPoPProperties(true, Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(5));
    private static final PersonalDataCipher CIPHER = new PersonalDataCipher(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void whenTheNonceIsWithinItsLifetimeThenItIsCurrentOnEveryInstanceWithTheSameKey() {
        String nonce = at(ISSUED).issue();

        assertThat(at(ISSUED.plus(Duration.ofMinutes(4))).isCurrent(nonce)).isTrue();
        assertThat(nonce).matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    }

    @Test
    void whenTheLifetimeHasPassedThenTheNonceIsNotCurrent() {
        String nonce = at(ISSUED).issue();

        assertThat(at(ISSUED.plus(Duration.ofMinutes(5))).isCurrent(nonce)).isFalse();
    }

    @Test
    void whenTheNonceIsForgedOrSealedWithAnotherKeyThenItIsNotCurrent() {
        String other = new DPoPNonces(
                        new PersonalDataCipher(new SecretKeySpec(
                                new byte[] {
                                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                                    24, 25, 26, 27, 28, 29, 30, 31, 32
                                },
                                "AES")),
                        PROPERTIES,
                        Clock.fixed(ISSUED, ZoneOffset.UTC))
                .issue();

        assertThat(at(ISSUED).isCurrent(other)).isFalse();
        assertThat(at(ISSUED).isCurrent("v1.AAAA")).isFalse();
        assertThat(at(ISSUED).isCurrent(null)).isFalse();
        assertThat(at(ISSUED).isCurrent(CIPHER.encrypt("1777622400", "another-context")))
                .isFalse();
    }

    private static DPoPNonces at(Instant now) {
        return new DPoPNonces(CIPHER, PROPERTIES, Clock.fixed(now, ZoneOffset.UTC));
    }
}
