package vn.hocvuso.auth.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data at rest with AES-256-GCM (NIST SP 800-38D): a fresh random 96-bit IV per
 * value, a 128-bit tag, and the column name and account id as associated data, so that a value
 * copied into another column or another citizen's row fails to decrypt instead of being read as
 * theirs. Stored as {@code v1.<base64url(iv || ciphertext || tag)>}; the version leaves room for a
 * key rotation.
 */
public final class PersonalDataCipher {

    private static final String VERSION = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(SecretKey key) {
        if (!"AES".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("an AES key is needed, not " + key.getAlgorithm());
        }
        this.key = key;
    }

    public String encrypt(String plaintext, String column, String accountId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(column, accountId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt column " + column, e);
        }
    }

    /** The plaintext; fails if the value was altered, moved to another column or another account. */
    public String decrypt(String stored, String column, String accountId) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("column " + column + " of account " + accountId + " is not " + VERSION);
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalStateException("column " + column + " of account " + accountId + " is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(associatedData(column, accountId));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("column " + column + " of account " + accountId + " does not decrypt", e);
        }
    }

    private static byte[] associatedData(String column, String accountId) {
        return (column + ":" + accountId).getBytes(StandardCharsets.UTF_8);
    }
}
