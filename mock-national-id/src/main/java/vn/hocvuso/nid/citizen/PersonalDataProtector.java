package vn.hocvuso.nid.citizen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Protects personal data at rest: AES-256-GCM encryption of a field, bound to where it is stored
 * (the associated data names the row and the column, so a ciphertext moved to another row or column
 * no longer decrypts), and an HMAC-SHA256 keyed hash to find a record by its ID number without
 * storing the number in clear.
 */
public final class PersonalDataProtector {

    private static final String FORMAT_PREFIX = "v1.";
    private static final int IV_BYTES = 12; // NIST SP 800-38D §8.2: 96-bit random IVs
    private static final int TAG_BITS = 128;
    private static final String LOOKUP_DOMAIN = "national-id:";

    private final SecretKey encryptionKey;
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataProtector(SecretKey encryptionKey, SecretKey lookupKey) {
        this.encryptionKey = Objects.requireNonNull(encryptionKey, "encryptionKey");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
    }

    /** The keyed hash of an ID number (twelve digits as typed), hex-encoded, for look-ups. */
    public String lookupHash(String nationalIdDigits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            byte[] digest = mac.doFinal((LOOKUP_DOMAIN + nationalIdDigits).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** Encrypts {@code plaintext}; {@code context} names where it is stored, e.g. {@code citizen/<id>/family_name}. */
    public String encrypt(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return FORMAT_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts what {@link #encrypt} made for the same {@code context}; refuses anything altered. */
    public String decrypt(String ciphertext, String context) {
        if (ciphertext == null || !ciphertext.startsWith(FORMAT_PREFIX)) {
            throw new IllegalStateException("encrypted field for " + context + " has an unknown format");
        }
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(ciphertext.substring(FORMAT_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("encrypted field for " + context + " is not valid base64url", e);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("encrypted field for " + context + " is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "encrypted field for " + context + " does not decrypt: altered, moved or wrong key", e);
        }
    }
}
