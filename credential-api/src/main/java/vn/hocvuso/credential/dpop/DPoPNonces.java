package vn.hocvuso.credential.dpop;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.learner.PersonalDataCipher;

/**
 * Server-provided DPoP nonces (RFC 9449 §8, §9), stateless: the time of issue sealed with AES-GCM
 * under the data key, so every instance accepts every instance's nonces and none needs a table. A
 * nonce is accepted for {@code credentials.dpop.nonce-lifetime}; it may be used by several proofs
 * (each proof's {@code jti} is single use).
 */
@Component
public class DPoPNonces {

    /** The associated data of a sealed nonce: it opens as a DPoP nonce and as nothing else. */
    static final String CONTEXT = "dpop-nonce";

    private final PersonalDataCipher cipher;
    private final DPoPProperties properties;
    private final Clock clock;

    public DPoPNonces(PersonalDataCipher cipher, DPoPProperties properties, Clock clock) {
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** A fresh nonce; base64url with a version prefix, so it fits the header's NQCHAR syntax. */
    public String issue() {
        return cipher.encrypt(Long.toString(clock.instant().getEpochSecond()), CONTEXT);
    }

    /** Whether {@code nonce} is one of ours and still current. */
    public boolean isCurrent(String nonce) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > 200) {
            return false;
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(cipher.decrypt(nonce, CONTEXT));
        } catch (RuntimeException e) {
            return false;
        }
        Instant now = clock.instant();
        Instant issued = Instant.ofEpochSecond(issuedAt);
        return !issued.isAfter(now.plus(properties.proofClockSkew()))
                && issued.plus(properties.nonceLifetime()).isAfter(now);
    }
}
