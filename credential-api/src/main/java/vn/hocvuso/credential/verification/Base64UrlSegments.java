package vn.hocvuso.credential.verification;

import com.nimbusds.jose.util.Base64URL;

/**
 * Refuses JWTs whose parts are not in the one canonical base64url form (RFC 7515 §2: no padding,
 * no other alphabet, no stray bits in the last character). Nimbus decodes leniently, so without
 * this two different strings could carry the same signature bytes: a presentation could be
 * altered without any check noticing, which a verifier should not allow.
 */
final class Base64UrlSegments {

    private Base64UrlSegments() {}

    static boolean canonical(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(Base64UrlSegments::isAlphabet)) {
                return false;
            }
            if (!Base64URL.encode(new Base64URL(part).decode()).toString().equals(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphabet(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
