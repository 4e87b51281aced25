package vn.hocvuso.credential.issuance;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.dpop.DPoPNonces;
import vn.hocvuso.credential.issuer.IssuerUrls;

/** The Nonce Endpoint (OID4VCI 1.0 §7): unauthenticated, POST, never cached. */
@RestController
class NonceController {

    private final Nonces nonces;
    private final DPoPNonces dpopNonces;

    NonceController(Nonces nonces, DPoPNonces dpopNonces) {
        this.nonces = nonces;
        this.dpopNonces = dpopNonces;
    }

    @PostMapping(IssuerUrls.NONCE_PATH)
    ResponseEntity<Map<String, String>> nonce() {
        // §7.2: the response MUST be uncacheable. A DPoP nonce rides along (RFC 9449 §8.2), so a
        // DPoP wallet's credential request needs no use_dpop_nonce round trip.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("DPoP-Nonce", dpopNonces.issue())
                .body(Map.of("c_nonce", nonces.issue()));
    }
}
