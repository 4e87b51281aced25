package vn.hocvuso.credential.issuance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.keys.LiveKeyRing;

/** Public metadata of the issuer and its credential type; no login, cacheable for a short while. */
@RestController
class IssuerMetadataController {

    private static final CacheControl SHORT =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final IssuerMetadata metadata;
    private final IssuerUrls urls;
    private final LiveKeyRing keys;

    IssuerMetadataController(IssuerMetadata metadata, IssuerUrls urls, LiveKeyRing keys) {
        this.metadata = metadata;
        this.urls = urls;
        this.keys = keys;
    }

    /** OID4VCI 1.0 §12.2.2. */
    @GetMapping("/.well-known/openid-credential-issuer")
    ResponseEntity<Map<String, Object>> credentialIssuer() {
        return json(metadata.credentialIssuer());
    }

    /** SD-JWT VC §5: JWT VC Issuer Metadata; the live keys, so credentials signed before a rotation still verify. */
    @GetMapping("/.well-known/jwt-vc-issuer")
    ResponseEntity<Map<String, Object>> jwtVcIssuer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", urls.issuer());
        body.put("jwks", keys.publishedJwkSet().toJSONObject(true));
        return json(body);
    }

    @GetMapping(IssuerUrls.VCT_PATH)
    ResponseEntity<Map<String, Object>> typeMetadata() {
        return json(metadata.typeMetadata());
    }

    private static ResponseEntity<Map<String, Object>> json(Map<String, Object> body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(SHORT)
                .body(body);
    }
}
