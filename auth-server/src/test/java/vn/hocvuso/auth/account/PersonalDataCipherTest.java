package vn.hocvuso.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static SecretKey aesKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    @Test
    void whenAValueIsEncryptedThenItDecryptsBackAndHidesThePlaintext() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(aesKey());

        String stored = cipher.encrypt("Nguyễn Văn An", "name_enc", "account-1");

        // Not the plaintext, not merely its encoding (a short fragment such as "An" may occur in any
        // random base64url text, so the test looks for the whole name only).
        String encodedPlaintext = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("Nguyễn Văn An".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(stored).startsWith("v1.").doesNotContain("Nguyễn Văn An", encodedPlaintext.substring(0, 16));
        assertThat(cipher.decrypt(stored, "name_enc", "account-1")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void whenTheSameValueIsEncryptedTwiceThenTheIvsDiffer() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(aesKey());

        String first = cipher.encrypt("001089000001", "national_id_enc", "account-1");
        String second = cipher.encrypt("001089000001", "national_id_enc", "account-1");

        assertThat(first).isNotEqualTo(second);
        byte[] firstBytes = Base64.getUrlDecoder().decode(first.substring(3));
        byte[] secondBytes = Base64.getUrlDecoder().decode(second.substring(3));
        assertThat(java.util.Arrays.copyOf(firstBytes, 12)).isNotEqualTo(java.util.Arrays.copyOf(secondBytes, 12));
        assertThat(firstBytes).hasSize(12 + 12 + 16);
    }

    @Test
    void whenAValueIsMovedToAnotherAccountOrColumnThenItDoesNotDecrypt() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(aesKey());
        String stored = cipher.encrypt("Nguyễn", "family_name_enc", "account-1");

        assertThatThrownBy(() -> cipher.decrypt(stored, "family_name_enc", "account-2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("Nguyễn");
        assertThatThrownBy(() -> cipher.decrypt(stored, "given_name_enc", "account-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenTheCiphertextIsAlteredOrTruncatedThenItDoesNotDecrypt() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(aesKey());
        String stored = cipher.encrypt("1989-03-15", "birthdate_enc", "account-1");
        // A character inside the ciphertext: the last base64url character also holds padding bits,
        // so changing it may leave the decoded bytes as they were.
        int at = stored.length() - 8;
        char original = stored.charAt(at);
        String altered = stored.substring(0, at) + (original == 'A' ? 'B' : 'A') + stored.substring(at + 1);

        assertThatThrownBy(() -> cipher.decrypt(altered, "birthdate_enc", "account-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1.AAAA", "birthdate_enc", "account-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain text", "birthdate_enc", "account-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenAnotherKeyReadsTheValueThenItDoesNotDecrypt() throws Exception {
        String stored = new PersonalDataCipher(aesKey()).encrypt("male", "gender_enc", "account-1");

        assertThatThrownBy(() -> new PersonalDataCipher(aesKey()).decrypt(stored, "gender_enc", "account-1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
