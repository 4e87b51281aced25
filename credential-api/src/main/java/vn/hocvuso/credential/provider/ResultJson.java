package vn.hocvuso.credential.provider;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a result from a JSON object ({@code application/json} body or one line of
 * {@code application/x-ndjson}) into its raw fields, refusing duplicate keys and wrong types: an
 * ID number must be a string (a number would lose its leading zeros), a score a whole number.
 */
final class ResultJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ResultJson() {}

    record Parsed(Optional<SubmittedResult> result, Optional<Rejection> rejection) {

        static Parsed rejected(RejectionReason reason, String detail) {
            return new Parsed(Optional.empty(), Optional.of(new Rejection(reason, detail)));
        }
    }

    static Parsed parse(String json, RejectionReason malformed) {
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (JacksonException e) {
            // Jackson's message may quote the input, which may hold an ID number: say only where.
            return Parsed.rejected(malformed, "not valid JSON (" + location(e) + ")");
        }
        if (node == null || !node.isObject()) {
            return Parsed.rejected(malformed, "a result is a JSON object");
        }
        for (String text : new String[] {"nationalId", "programmeId", "moduleId", "assessedOn"}) {
            JsonNode value = node.get(text);
            if (value != null && !value.isNull() && !value.isString()) {
                return Parsed.rejected(RejectionReason.INVALID_FIELD, text + " must be a JSON string");
            }
        }
        JsonNode score = node.get("score");
        if (score != null && !score.isNull() && !score.isIntegralNumber()) {
            return Parsed.rejected(RejectionReason.INVALID_FIELD, "score must be a whole JSON number from 0 to 100");
        }
        return new Parsed(
                Optional.of(new SubmittedResult(
                        text(node, "nationalId"),
                        text(node, "programmeId"),
                        text(node, "moduleId"),
                        score == null || score.isNull() ? null : score.asString(),
                        text(node, "assessedOn"))),
                Optional.empty());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null
                ? "unreadable"
                : "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }
}
