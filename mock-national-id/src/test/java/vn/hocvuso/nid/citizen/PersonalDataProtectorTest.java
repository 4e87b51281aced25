package vn.hocvuso.nid.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.NoSuchAlgorithmException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalDataProtectorTest {

    private final PersonalDataProtector protector = new PersonalDataProtector(key("AES"), key("HmacSHA256"));

    @Test
    void whenAFieldIsEncryptedThenItDecryptsForTheSameContextOnlyAndNeverShowsTheText() {
        String sealed = protector.encrypt("Nguyễn Văn An", "citizen/1/family_name");

        assertThat(sealed).doesNotContain("Nguyễn").startsWith("v1.");
        assertThat(protector.decrypt(sealed, "citizen/1/family_name")).isEqualTo("Nguyễn Văn An");
        assertThatThrownBy(() -> protector.decrypt(sealed, "citizen/2/family_name"))
                .hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> protector.decrypt(sealed, "citizen/1/given_name"))
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void whenTheSameTextIsEncryptedTwiceThenTheCiphertextsDiffer() {
        assertThat(protector.encrypt("001089000001", "c")).isNotEqualTo(protector.encrypt("001089000001", "c"));
    }

    @Test
    void whenACiphertextIsAlteredThenItIsRefused() {
        String sealed = protector.encrypt("001089000001", "c");
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> protector.decrypt(altered, "c")).hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> protector.decrypt("v1.AAAA", "c")).hasMessageContaining("truncated");
        assertThatThrownBy(() -> protector.decrypt("plain text", "c")).hasMessageContaining("unknown format");
    }

    @Test
    void whenANumberIsHashedThenTheHashIsStableKeyedAndHidesTheNumber() {
        PersonalDataProtector otherKey = new PersonalDataProtector(key("AES"), key("HmacSHA256"));

        String hash = protector.lookupHash("001089000001");

        assertThat(hash).hasSize(64).doesNotContain("001089000001").isEqualTo(protector.lookupHash("001089000001"));
        assertThat(hash).isNotEqualTo(protector.lookupHash("001089000002"));
        assertThat(hash).isNotEqualTo(otherKey.lookupHash("001089000001"));
    }

    private static SecretKey key(String algorithm) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
