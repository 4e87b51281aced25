package vn.hocvuso.auth.subject;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pairwise subject identifiers (OpenID Connect Core §8.1): the {@code sub} a citizen has towards
 * the clients of one sector, unrelated to the {@code sub} towards any other sector, so that
 * relying parties of different sectors cannot correlate a citizen by identifier.
 *
 * <p>{@code sub = base64url(HMAC-SHA256(K, sector || 0x00 || accountId))}, where {@code K} is
 * derived from the service's lookup key with the NIST SP 800-108 counter-mode KDF (HMAC-SHA256,
 * label {@code pairwise-subject}). Deterministic, so stable across restarts and instances; secret,
 * so that knowing an account id and a sector is not enough to compute a subject.
 */
public final class PairwiseSubjects {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKey key;

    public PairwiseSubjects(SecretKey lookupKey) {
        this.key = derive(lookupKey, "pairwise-subject", "auth-server");
    }

    public String subject(String sector, String accountId) {
        if (sector == null || sector.isBlank()) {
            throw new IllegalArgumentException("a pairwise subject needs a sector");
        }
        byte[] input = (sector + '\0' + accountId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, input));
    }

    /** NIST SP 800-108r1 §4.1, one block: K(1) = PRF(K_in, [1]_32 || label || 0x00 || context || [256]_32). */
    static SecretKey derive(SecretKey input, String label, String context) {
        byte[] labelBytes = label.getBytes(StandardCharsets.US_ASCII);
        byte[] contextBytes = context.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer block = ByteBuffer.allocate(4 + labelBytes.length + 1 + contextBytes.length + 4)
                .putInt(1)
                .put(labelBytes)
                .put((byte) 0)
                .put(contextBytes)
                .putInt(256);
        return new SecretKeySpec(mac(input, block.array()), ALGORITHM);
    }

    private static byte[] mac(SecretKey key, byte[] input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a pairwise subject", e);
        }
    }
}
