package vn.hocvuso.credential.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    final PersonalDataCipher cipher = new PersonalDataCipher(key());

    @Test
    void whenAValueIsEncryptedThenItDecryptsOnlyForTheSameRowAndColumn() {
        String stored = cipher.encrypt("Nguyễn", "learner/abc/family_name");

        assertThat(stored).startsWith("v1.").doesNotContain("Nguy");
        assertThat(cipher.decrypt(stored, "learner/abc/family_name")).isEqualTo("Nguyễn");
        assertThatThrownBy(() -> cipher.decrypt(stored, "learner/xyz/family_name"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, "learner/abc/given_name"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenTheSameValueIsEncryptedTwiceThenTheCiphertextsDifferBecauseEachHasItsOwnIv() {
        assertThat(cipher.encrypt("Văn An", "c")).isNotEqualTo(cipher.encrypt("Văn An", "c"));
    }

    @Test
    void whenAStoredByteIsChangedThenDecryptionFails() {
        String stored = cipher.encrypt("Văn An", "c");
        byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(altered, "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenAnotherKeyIsUsedThenDecryptionFails() {
        String stored = cipher.encrypt("Văn An", "c");

        assertThatThrownBy(() -> new PersonalDataCipher(key()).decrypt(stored, "c"))
                .isInstanceOf(IllegalStateException.class);
    }

    static SecretKey key() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
