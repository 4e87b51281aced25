package vn.hocvuso.credential.issuance;

import com.nimbusds.jose.jwk.ECKey;
import java.util.Objects;

/**
 * A key proof that passed every stateless check: the holder's public key and the nonce it used.
 *
 * @param holderKey the public key that becomes the credential's {@code cnf.jwk}
 * @param thumbprint its RFC 7638 SHA-256 thumbprint, base64url
 * @param nonce the {@code c_nonce} the proof carries; still to be consumed
 */
public record VerifiedProof(ECKey holderKey, String thumbprint, String nonce) {

    public VerifiedProof {
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(thumbprint, "thumbprint");
        Objects.requireNonNull(nonce, "nonce");
        if (holderKey.isPrivate()) {
            throw new IllegalArgumentException("a holder key is public");
        }
    }
}
