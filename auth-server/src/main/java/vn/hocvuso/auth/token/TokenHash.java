package vn.hocvuso.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The stored form of a token value: {@code sha256:<base64url(SHA-256(value))>}. Tokens are bearer
 * credentials with 128 bits or more of entropy, so an unkeyed hash is enough to make a copy of the
 * database useless for calling anyone's API.
 */
public final class TokenHash {

    static final String PREFIX = "sha256:";

    private TokenHash() {}

    public static String of(String value) {
        if (isHash(value)) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Token values never contain a colon (codes and refresh tokens are base64url, JWTs have dots). */
    static boolean isHash(String value) {
        return value.startsWith(PREFIX);
    }
}
