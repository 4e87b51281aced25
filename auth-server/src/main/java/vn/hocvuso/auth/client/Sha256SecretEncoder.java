package vn.hocvuso.auth.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Client secrets stored as their SHA-256 digest and compared in constant time. A client secret is
 * a long random value, not a password: a slow hash adds nothing against guessing it, and bcrypt at
 * every token request would be the benchmark's whole cost. Never upgraded to another encoding.
 */
public final class Sha256SecretEncoder implements PasswordEncoder {

    private static final String PREFIX = "sha256:";

    @Override
    public String encode(CharSequence secret) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest(secret));
    }

    @Override
    public boolean matches(CharSequence secret, String encoded) {
        if (secret == null || encoded == null || !encoded.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected;
        try {
            expected = Base64.getUrlDecoder().decode(encoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(secret));
    }

    /**
     * The client with its secret replaced by an unknown random one that expired long ago: a client
     * taken out of the configuration can no longer authenticate, while its history stays.
     */
    RegisteredClient disabled(RegisteredClient existing) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return RegisteredClient.from(existing)
                .clientSecret(encode(Base64.getUrlEncoder().encodeToString(random)))
                .clientSecretExpiresAt(Instant.EPOCH)
                .build();
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return false;
    }

    private static byte[] digest(CharSequence secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
