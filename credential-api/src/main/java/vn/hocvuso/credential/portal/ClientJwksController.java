package vn.hocvuso.credential.portal;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the portal's client public keys (RFC 7517 JWK set) for auth-server to check our client assertions. */
@RestController
class ClientJwksController {

    private final PortalClientKeys keys;

    ClientJwksController(PortalClientKeys keys) {
        this.keys = keys;
    }

    @GetMapping(path = "/oauth2/client-jwks", produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> jwks() {
        // toJSONObject(true): public parts only, whatever the ring holds.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType("application/jwk-set+json"))
                .body(keys.publicJwkSet().toJSONObject(true));
    }
}
