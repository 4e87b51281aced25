package vn.hocvuso.wallet;

import java.util.Optional;
import java.util.Set;

/**
 * What happened when the wallet answered a presentation request.
 *
 * @param disclosed the claims the wallet disclosed
 * @param redirectUri where the verifier sends the holder's browser next (OID4VP 1.0 §8.2), if it says
 */
public record PresentationResponse(Set<String> disclosed, Optional<String> redirectUri) {

    public PresentationResponse {
        disclosed = Set.copyOf(disclosed);
    }
}
