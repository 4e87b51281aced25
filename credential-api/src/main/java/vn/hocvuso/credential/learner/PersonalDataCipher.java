package vn.hocvuso.credential.learner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data at rest with AES-256-GCM (NIST SP 800-38D): a fresh random 96-bit IV per
 * value, a 128-bit tag, and associated data naming the row and column the value belongs to, so
 * that a ciphertext copied to another learner's row or column no longer decrypts.
 *
 * <p>Stored form: {@code v1.} + base64url(IV ‖ ciphertext ‖ tag). The version prefix leaves room
 * for a later key or algorithm.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1.";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(SecretKey key) {
        this.key = Objects.requireNonNull(key, "key");
        if (!"AES".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("personal data is encrypted with an AES key");
        }
    }

    /** Encrypts {@code plaintext}, bound to {@code context} (for example {@code learner/<key>/given_name}). */
    public String encrypt(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts a value made by {@link #encrypt} for the same {@code context}; fails loudly on any tampering. */
    public String decrypt(String stored, String context) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("stored personal data has an unknown format");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored personal data is not base64url", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("stored personal data is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, wrong row or column, or a changed byte: GCM's tag catches all three.
            throw new IllegalStateException(
                    "stored personal data does not decrypt: wrong key, moved to another row or column, or altered", e);
        }
    }
}
