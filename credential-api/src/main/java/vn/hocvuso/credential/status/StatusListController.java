package vn.hocvuso.credential.status;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Serves status list tokens to verifiers (draft-ietf-oauth-status-list §8). */
@RestController
class StatusListController {

    static final MediaType STATUS_LIST_JWT = MediaType.parseMediaType("application/statuslist+jwt");

    private final StatusListTokens tokens;
    private final StatusListProperties properties;

    StatusListController(StatusListTokens tokens, StatusListProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @GetMapping("/status-lists/{id}")
    ResponseEntity<String> statusList(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return ResponseEntity.notFound().build();
        }
        return tokens.token(Long.parseLong(id))
                .map(signed -> respond(signed, ifNoneMatch))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<String> respond(StatusListTokens.SignedList signed, String ifNoneMatch) {
        // §8.2: a verifier may cache the list for ttl seconds; public, since it names nobody.
        CacheControl cache = CacheControl.maxAge(properties.ttl()).cachePublic();
        if (ifNoneMatch != null && ifNoneMatch.contains(signed.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .cacheControl(cache)
                    .eTag(signed.etag())
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(STATUS_LIST_JWT)
                .cacheControl(cache)
                .eTag(signed.etag())
                .body(signed.token());
    }
}
