package vn.hocvuso.credential.presentation;

import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a wallet talks to: the request object behind a {@code request_uri} (OID4VP 1.0 §5.10, RFC
 * 9101 §5.2) and the response endpoint of {@code direct_post} (§8.2). Errors use the OAuth format.
 */
@RestController
class WalletEndpointsController {

    static final MediaType REQUEST_OBJECT = MediaType.parseMediaType("application/oauth-authz-req+jwt");

    private final PresentationRequests requests;

    WalletEndpointsController(PresentationRequests requests) {
        this.requests = requests;
    }

    @GetMapping(VerifierIdentity.REQUESTS_PATH + "{requestId}")
    ResponseEntity<String> requestObject(@PathVariable String requestId) {
        if (!requestId.matches("[A-Za-z0-9_-]{43}")) {
            return ResponseEntity.notFound().build();
        }
        return requests.requestObject(requestId)
                .map(jwt -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(REQUEST_OBJECT)
                        .body(jwt))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * §8.2: the wallet posts {@code vp_token} and {@code state}, or an error with {@code state}; §8.3:
     * or {@code response}, the same parameters encrypted.
     */
    @PostMapping(VerifierIdentity.RESPONSE_PATH)
    ResponseEntity<Map<String, Object>> response(
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam MultiValueMap<String, String> parameters) {
        if (contentType == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            throw new ResponseRefused("invalid_request", "the response must be application/x-www-form-urlencoded");
        }
        String encrypted = single(parameters, "response");
        if (encrypted != null) {
            // §8.3: direct_post.jwt, every parameter inside the JWE.
            return noStore(ResponseEntity.ok()).body(Map.of("redirect_uri", requests.respondEncrypted(encrypted)));
        }
        String state = single(parameters, "state");
        String error = single(parameters, "error");
        if (error != null) {
            requests.decline(state, error.length() > 64 ? error.substring(0, 64) : error);
            return noStore(ResponseEntity.ok()).body(Map.of());
        }
        String redirect = requests.respond(state, single(parameters, "vp_token"));
        return noStore(ResponseEntity.ok()).body(Map.of("redirect_uri", redirect));
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ResponseRefused("invalid_request", name + " is repeated");
        }
        return values.get(0);
    }

    @ExceptionHandler(ResponseRefused.class)
    ResponseEntity<Map<String, Object>> refused(ResponseRefused refused) {
        return noStore(ResponseEntity.status(HttpStatus.BAD_REQUEST))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", refused.error(), "error_description", refused.getMessage()));
    }

    @ExceptionHandler({
        HttpMediaTypeNotSupportedException.class,
        org.springframework.http.InvalidMediaTypeException.class
    })
    ResponseEntity<Map<String, Object>> mediaType(Exception e) {
        return refused(
                new ResponseRefused("invalid_request", "the response must be application/x-www-form-urlencoded"));
    }

    private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder builder) {
        return builder.cacheControl(CacheControl.noStore());
    }
}
