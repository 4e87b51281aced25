package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.account.PersonalDataCipher;

/** The stateless nonces of the token endpoint, on fixed clocks. */
class DPoPNoncesTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final SecretKey key = aesKey();
    private final String nonce = nonces(key, ISSUED).issue();

    @Test
    void whenANonceIsWithinItsLifetimeThenItIsCurrentOnEveryInstanceSharingTheDataKey() {
        assertThat(nonces(key, ISSUED).isCurrent(nonce)).isTrue();
        assertThat(nonces(key, ISSUED.plus(LIFETIME).minusSeconds(1)).isCurrent(nonce))
                .isTrue();
    }

    @Test
    void whenANonceHasLivedItsLifetimeThenItIsNotCurrent() {
        assertThat(nonces(key, ISSUED.plus(LIFETIME)).isCurrent(nonce)).isFalse();
    }

    @Test
    void whenANonceIsFromTooFarInTheFutureThenItIsNotCurrent() {
        assertThat(nonces(key, ISSUED.minus(DPoPTokenRequests.IAT_WINDOW).minusSeconds(1))
                        .isCurrent(nonce))
                .isFalse();
    }

    @Test
    void whenANonceIsSealedUnderAnotherKeyOrAlteredOrAnotherCiphertextThenItIsNotCurrent() {
        DPoPNonces verifier = nonces(key, ISSUED);
        String altered = nonce.substring(0, nonce.length() - 2) + (nonce.endsWith("AA") ? "BB" : "AA");
        String personalData = new PersonalDataCipher(key).encrypt(Long.toString(ISSUED.getEpochSecond()), "name", "a");

        assertThat(verifier.isCurrent(nonces(aesKey(), ISSUED).issue())).isFalse();
        assertThat(verifier.isCurrent(altered)).isFalse();
        assertThat(verifier.isCurrent(personalData)).isFalse();
        assertThat(verifier.isCurrent("")).isFalse();
        assertThat(verifier.isCurrent(null)).isFalse();
        assertThat(verifier.isCurrent("v1." + "A".repeat(300))).isFalse();
    }

    @Test
    void whenTwoNoncesAreIssuedAtTheSameSecondThenTheyDiffer() {
        assertThat(nonces(key, ISSUED).issue()).isNotEqualTo(nonce).matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    }

    private static DPoPNonces nonces(SecretKey key, Instant now) {
        return new DPoPNonces(new PersonalDataCipher(key), LIFETIME, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static SecretKey aesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
