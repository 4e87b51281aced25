package vn.hocvuso.credential.audit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log for operators (HTTP Basic, {@code config/OperatorSecurity}) and its public
 * checkpoint keys.
 *
 * <ul>
 *   <li>{@code GET /api/v1/operator/access-log/verification}: walks the chain, answers the report
 *       (200 whether it holds or not: the report is the resource; {@code status} says which);
 *   <li>{@code POST /api/v1/operator/access-log/checkpoints}: seals the head now;
 *   <li>{@code GET /api/v1/access-log/checkpoint-keys}: the JWK set (RFC 7517) that verifies
 *       checkpoints, for anyone who keeps copies of them.
 * </ul>
 */
@RestController
class AccessLogVerificationController {

    private final VerifyAccessLog verify;
    private final JdbcCheckpoints checkpoints;
    private final CheckpointKeys keys;

    AccessLogVerificationController(VerifyAccessLog verify, JdbcCheckpoints checkpoints, CheckpointKeys keys) {
        this.verify = verify;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    @GetMapping(path = "/api/v1/operator/access-log/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verification() {
        VerificationReport report = verify.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.ok() ? "ok" : "broken");
        body.put("entries", report.entries());
        body.put("checkpoints", report.checkpoints());
        body.put("headSeq", report.headSeq());
        body.put("lastCheckpointSeq", report.lastCheckpointSeq());
        report.firstBroken().ifPresent(link -> {
            Map<String, Object> broken = new LinkedHashMap<>();
            broken.put("seq", link.seq());
            broken.put("problem", link.problem().value());
            broken.put("detail", link.detail());
            body.put("firstBroken", broken);
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @PostMapping(path = "/api/v1/operator/access-log/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> seal() {
        Map<String, Object> body = new LinkedHashMap<>();
        checkpoints
                .sealHead()
                .ifPresentOrElse(
                        checkpoint -> {
                            body.put("sealed", true);
                            body.put("seq", checkpoint.seq());
                            body.put("entryHash", checkpoint.entryHash());
                            body.put("jws", checkpoint.jws());
                        },
                        () -> body.put("sealed", false));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping(path = "/api/v1/access-log/checkpoint-keys", produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> checkpointKeys() {
        // toJSONObject(true): public parts only
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType("application/jwk-set+json"))
                .body(keys.publicJwkSet().toJSONObject(true));
    }
}
