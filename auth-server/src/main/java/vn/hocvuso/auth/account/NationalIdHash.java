package vn.hocvuso.auth.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The keyed hash (HMAC-SHA256, RFC 2104) of a national ID number: the only form in which the
 * number is searchable. Without the lookup key, the 10^12 possible numbers cannot be tried offline.
 */
public final class NationalIdHash {

    private final SecretKey lookupKey;

    public NationalIdHash(SecretKey lookupKey) {
        this.lookupKey = lookupKey;
    }

    public String of(String nationalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(nationalId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute the lookup hash", e);
        }
    }
}
