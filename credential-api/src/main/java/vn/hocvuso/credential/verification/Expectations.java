package vn.hocvuso.credential.verification;

import java.util.List;
import java.util.Objects;

/**
 * What the verifier expects of a presentation.
 *
 * @param nonce the nonce the key-binding JWT must carry: the one of the verifier's request
 * @param audience the {@code aud} the key-binding JWT must carry: the verifier's Client Identifier
 * @param vct the credential type expected
 * @param requiredClaims the selectively disclosable claims the request asked for, which must be disclosed
 */
public record Expectations(String nonce, String audience, String vct, List<String> requiredClaims) {

    public Expectations {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(vct, "vct");
        requiredClaims = List.copyOf(requiredClaims);
    }
}
