package vn.hocvuso.credential.learner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/** Derives a learner's key from a national ID number with the service's lookup key. */
public final class LearnerKeys {

    private final SecretKey lookupKey;

    public LearnerKeys(SecretKey lookupKey) {
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
    }

    /** The key for a national ID number; the caller has validated the number's structure. */
    public LearnerKey of(String nationalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            byte[] digest = mac.doFinal(nationalId.getBytes(StandardCharsets.US_ASCII));
            return new LearnerKey(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
