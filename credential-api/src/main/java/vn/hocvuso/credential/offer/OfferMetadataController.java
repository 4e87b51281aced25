package vn.hocvuso.credential.offer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.dpop.DPoPProofVerifier;
import vn.hocvuso.credential.issuer.IssuerUrls;

/**
 * What a wallet reads to follow an offer: the Credential Offer behind a {@code credential_offer_uri}
 * (OID4VCI 1.0 §4.1.3) and the authorization server metadata of the pre-authorized grant (RFC 8414).
 */
@RestController
class OfferMetadataController {

    private final CredentialOffers offers;
    private final IssuerUrls urls;

    OfferMetadataController(CredentialOffers offers, IssuerUrls urls) {
        this.offers = offers;
        this.urls = urls;
    }

    @GetMapping(IssuerUrls.OFFERS_PATH + "{offerId}")
    ResponseEntity<Map<String, Object>> offer(@PathVariable String offerId) {
        if (!offerId.matches("[A-Za-z0-9_-]{43}")) {
            return ResponseEntity.notFound().build();
        }
        return offers.offer(offerId)
                .map(offer -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(offer))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** RFC 8414 §3; the pre-authorized grant needs only a token endpoint. */
    @GetMapping("/.well-known/oauth-authorization-server")
    Map<String, Object> authorizationServer() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", urls.issuer());
        metadata.put("token_endpoint", urls.tokenEndpoint());
        metadata.put("grant_types_supported", List.of(CredentialOffers.PRE_AUTHORIZED_GRANT));
        metadata.put("response_types_supported", List.of());
        metadata.put("token_endpoint_auth_methods_supported", List.of("none"));
        metadata.put("pre-authorized_grant_anonymous_access_supported", true);
        // RFC 9449 §5.1: the token endpoint binds tokens to a DPoP key when the wallet sends a proof.
        metadata.put("dpop_signing_alg_values_supported", DPoPProofVerifier.ALGORITHMS);
        metadata.put("scopes_supported", List.of(vn.hocvuso.credential.issuance.DigitalCompetencyCredential.SCOPE));
        return metadata;
    }
}
