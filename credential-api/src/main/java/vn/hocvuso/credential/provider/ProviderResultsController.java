package vn.hocvuso.credential.provider;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training-provider API: {@code POST /api/v1/provider/results} (one result, JSON) and
 * {@code POST /api/v1/provider/results/bulk} (CSV or JSON lines, answered row by row). Callers
 * are auth-server clients holding the {@code learning.submit} scope (see ProviderApiSecurity).
 * The body is read here, within its size limit, so that every refusal is counted and answered as
 * a problem document.
 */
@RestController
class ProviderResultsController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final SubmitProviderResult submit;
    private final ProviderApiProperties limits;
    private final JsonMapper json;

    ProviderResultsController(SubmitProviderResult submit, ProviderApiProperties limits, JsonMapper json) {
        this.submit = submit;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping("/api/v1/provider/results")
    ResponseEntity<String> result(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request)
            throws IOException {
        String client = ProviderClient.of(token);
        String key = requireKey(client, idempotencyKey);
        requireType(client, request, List.of(MediaType.APPLICATION_JSON));
        String body = readBody(client, request, limits.maxResultSize().toBytes());
        ResultJson.Parsed parsed = ResultJson.parse(body, RejectionReason.MALFORMED_BODY);
        if (parsed.rejection().isPresent()) {
            throw submit.reject(client, parsed.rejection().get())
                    .rejection()
                    .orElseThrow()
                    .toProblem();
        }
        SubmissionOutcome outcome = submit.submit(client, key, parsed.result().orElseThrow());
        if (outcome.rejection().isPresent()) {
            throw outcome.rejection().get().toProblem();
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .body(outcome.body());
    }

    @PostMapping("/api/v1/provider/results/bulk")
    ResponseEntity<BulkAnswer> bulk(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request)
            throws IOException {
        String client = ProviderClient.of(token);
        String key = requireKey(client, idempotencyKey);
        MediaType type = requireType(client, request, List.of(CSV, NDJSON));
        String body = readBody(client, request, limits.maxBulkSize().toBytes());
        List<BulkRow> rows;
        try {
            rows = CSV.isCompatibleWith(type)
                    ? BulkBody.csv(body, limits.maxBulkRows())
                    : BulkBody.ndjson(body, limits.maxBulkRows());
        } catch (BulkBody.Unusable e) {
            throw submit.reject(client, e.rejection()).rejection().orElseThrow().toProblem();
        }
        List<SubmissionOutcome> outcomes = submit.submitAll(client, key, rows);
        List<BulkRowAnswer> answers = new ArrayList<>(rows.size());
        for (int index = 0; index < rows.size(); index++) {
            answers.add(answer(rows.get(index), outcomes.get(index)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(BulkAnswer.of(answers));
    }

    private BulkRowAnswer answer(BulkRow row, SubmissionOutcome outcome) {
        return outcome.rejection()
                .map(rejection -> BulkRowAnswer.rejected(row, rejection))
                .orElseGet(() -> BulkRowAnswer.accepted(row, outcome.replayed(), json.readTree(outcome.body())));
    }

    /**
     * The Idempotency-Key: 1 to 255 visible ASCII characters other than {@code #} (bulk rows are
     * keyed {@code <key>#<row>}); a structured-field string in double quotes is unquoted
     * (draft-ietf-httpapi-idempotency-key-header §2).
     */
    private String requireKey(String client, String header) {
        if (header == null || header.isBlank()) {
            throw refuse(
                    client,
                    RejectionReason.MISSING_IDEMPOTENCY_KEY,
                    "send an Idempotency-Key header, unique per result");
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!key.matches("[\\x21-\\x7e&&[^#]]{1,255}")) {
            throw refuse(
                    client,
                    RejectionReason.INVALID_IDEMPOTENCY_KEY,
                    "an Idempotency-Key is 1 to 255 visible ASCII characters other than '#'");
        }
        return key;
    }

    private MediaType requireType(String client, HttpServletRequest request, List<MediaType> accepted) {
        Optional<MediaType> type = Optional.empty();
        try {
            type = Optional.ofNullable(request.getContentType()).map(MediaType::parseMediaType);
        } catch (InvalidMediaTypeException e) {
            // treated as absent below
        }
        Optional<MediaType> match =
                type.filter(given -> accepted.stream().anyMatch(candidate -> candidate.isCompatibleWith(given)));
        if (match.isEmpty()) {
            throw refuse(
                    client,
                    RejectionReason.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as "
                            + accepted.stream().map(MediaType::toString).toList());
        }
        Optional<String> charset = match.map(MediaType::getParameters).map(parameters -> parameters.get("charset"));
        if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")) {
            throw refuse(client, RejectionReason.UNSUPPORTED_MEDIA_TYPE, "the body must be UTF-8");
        }
        return match.get();
    }

    private String readBody(String client, HttpServletRequest request, long maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw refuse(client, RejectionReason.BODY_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw refuse(client, RejectionReason.BODY_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refuse(client, RejectionReason.MALFORMED_BODY, "the body is not UTF-8 text");
        }
    }

    private RuntimeException refuse(String client, RejectionReason reason, String detail) {
        return submit.reject(client, new Rejection(reason, detail))
                .rejection()
                .orElseThrow()
                .toProblem();
    }
}
