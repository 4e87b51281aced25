package vn.hocvuso.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.hocvuso.auth.account.PersonalDataCipher;

/**
 * Server-provided DPoP nonces of the token endpoint (RFC 9449 §8), stateless: the time of issue
 * sealed with AES-GCM under the data key, so that every instance accepts every instance's nonces
 * and none needs a table. The associated data makes a sealed nonce open as a nonce of this endpoint
 * and as nothing else (not as a personal-data column, not as another server's nonce). A nonce is
 * accepted for its lifetime and may be used by several proofs: each proof's {@code jti} is single
 * use anyway.
 */
public final class DPoPNonces {

    static final String CONTEXT = "dpop-nonce";
    static final String ENDPOINT = "token-endpoint";
    private static final int MAX_LENGTH = 200;

    private final PersonalDataCipher cipher;
    private final Duration lifetime;
    private final Clock clock;

    public DPoPNonces(PersonalDataCipher cipher, Duration lifetime, Clock clock) {
        this.cipher = cipher;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A fresh nonce: {@code v1.} and base64url, which fits the header's NQCHAR syntax. */
    public String issue() {
        return cipher.encrypt(Long.toString(clock.instant().getEpochSecond()), CONTEXT, ENDPOINT);
    }

    /** Whether {@code nonce} is one this server issued and it is still current. */
    public boolean isCurrent(String nonce) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > MAX_LENGTH) {
            return false;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(cipher.decrypt(nonce, CONTEXT, ENDPOINT)));
        } catch (RuntimeException forgedOrAltered) {
            return false;
        }
        Instant now = clock.instant();
        return !issued.isAfter(now.plus(DPoPTokenRequests.IAT_WINDOW))
                && issued.plus(lifetime).isAfter(now);
    }
}
