package vn.hocvuso.credential.agency;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** How answers are written: a JSON object, an NDJSON line or a CSV line, with the same minimal fields. */
final class AnswerFormats {

    static final String CSV_HEADER = "row,certified,level,since,currentlyValid,error\r\n";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerFormats() {}

    static Map<String, Object> json(CompetencyAnswer answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("certified", answer.certified());
        answer.levelText().ifPresent(level -> body.put("level", level));
        answer.since().ifPresent(since -> body.put("since", since.toString()));
        body.put("currentlyValid", answer.currentlyValid());
        return body;
    }

    static String ndjson(QueryCompetency.RowResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("row", result.row());
        result.answer().ifPresent(answer -> line.putAll(json(answer)));
        result.error().ifPresent(error -> line.put("error", error));
        return JSON.writeValueAsString(line) + "\n";
    }

    static String csv(QueryCompetency.RowResult result) {
        if (result.answer().isEmpty()) {
            return result.row() + ",,,,," + result.error().orElse("") + "\r\n";
        }
        CompetencyAnswer answer = result.answer().get();
        return result.row() + "," + answer.certified() + ","
                + answer.levelText().orElse("") + ","
                + answer.since().map(Object::toString).orElse("") + "," + answer.currentlyValid() + ",\r\n";
    }
}
