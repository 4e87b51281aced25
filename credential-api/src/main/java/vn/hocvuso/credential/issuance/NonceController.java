package vn.hocvuso.credential.issuance;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.issuer.IssuerUrls;

/** The Nonce Endpoint (OID4VCI 1.0 §7): unauthenticated, POST, never cached. */
@RestController
class NonceController {

    private final Nonces nonces;

    NonceController(Nonces nonces) {
        this.nonces = nonces;
    }

    @PostMapping(IssuerUrls.NONCE_PATH)
    ResponseEntity<Map<String, String>> nonce() {
        // §7.2: the response MUST be uncacheable.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("c_nonce", nonces.issue()));
    }
}
