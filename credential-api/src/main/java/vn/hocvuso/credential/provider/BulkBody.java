package vn.hocvuso.credential.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a bulk body into rows: CSV (RFC 4180, with a header naming the five columns in any
 * order) or JSON lines (one object per line). Blank lines are skipped. A row that cannot be read is
 * rejected on its own; only a body that is not CSV or JSON lines at all is refused whole.
 */
final class BulkBody {

    static final List<String> COLUMNS = List.of("nationalId", "programmeId", "moduleId", "score", "assessedOn");

    private BulkBody() {}

    /** Thrown when the body as a whole cannot be used; nothing of it is processed. */
    static final class Unusable extends Exception {

        private final transient Rejection rejection;

        Unusable(RejectionReason reason, String detail) {
            super(detail, null, false, false);
            this.rejection = new Rejection(reason, detail);
        }

        Rejection rejection() {
            return rejection;
        }
    }

    static List<BulkRow> ndjson(String body, int maxRows) throws Unusable {
        List<BulkRow> rows = new ArrayList<>();
        String[] lines = lines(body);
        for (int index = 0; index < lines.length; index++) {
            if (lines[index].isBlank()) {
                continue;
            }
            requireRoom(rows, maxRows);
            ResultJson.Parsed parsed = ResultJson.parse(lines[index], RejectionReason.MALFORMED_ROW);
            rows.add(new BulkRow(rows.size() + 1, index + 1, parsed.result(), parsed.rejection()));
        }
        return rows;
    }

    static List<BulkRow> csv(String body, int maxRows) throws Unusable {
        String[] lines = lines(body);
        int headerIndex = 0;
        while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.length) {
            throw new Unusable(
                    RejectionReason.MALFORMED_BODY,
                    "the CSV body is empty; its first line names the columns " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = header(lines[headerIndex]);
        List<BulkRow> rows = new ArrayList<>();
        for (int index = headerIndex + 1; index < lines.length; index++) {
            if (lines[index].isBlank()) {
                continue;
            }
            requireRoom(rows, maxRows);
            rows.add(row(rows.size() + 1, index + 1, lines[index], columns));
        }
        return rows;
    }

    private static Map<String, Integer> header(String line) throws Unusable {
        Optional<List<String>> names = fields(line);
        if (names.isEmpty()) {
            throw new Unusable(RejectionReason.MALFORMED_BODY, "the CSV header line is not valid CSV");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int index = 0; index < names.get().size(); index++) {
            String name = names.get().get(index).strip();
            if (!COLUMNS.contains(name) || columns.putIfAbsent(name, index) != null) {
                throw new Unusable(
                        RejectionReason.MALFORMED_BODY,
                        "the CSV header must name each of the columns " + String.join(",", COLUMNS) + " once");
            }
        }
        if (!columns.keySet().equals(Set.copyOf(COLUMNS))) {
            throw new Unusable(
                    RejectionReason.MALFORMED_BODY,
                    "the CSV header must name each of the columns " + String.join(",", COLUMNS) + " once");
        }
        return columns;
    }

    private static BulkRow row(int row, int line, String text, Map<String, Integer> columns) {
        Optional<List<String>> fields = fields(text);
        if (fields.isEmpty() || fields.get().size() != columns.size()) {
            return new BulkRow(
                    row,
                    line,
                    Optional.empty(),
                    Optional.of(new Rejection(
                            RejectionReason.MALFORMED_ROW,
                            "line " + line + " is not a CSV row of " + columns.size() + " fields")));
        }
        List<String> values = fields.get();
        return new BulkRow(
                row,
                line,
                Optional.of(new SubmittedResult(
                        values.get(columns.get("nationalId")).strip(),
                        values.get(columns.get("programmeId")).strip(),
                        values.get(columns.get("moduleId")).strip(),
                        values.get(columns.get("score")).strip(),
                        values.get(columns.get("assessedOn")).strip())),
                Optional.empty());
    }

    /** The fields of one CSV line (RFC 4180 §2: commas, optional double quotes, "" inside quotes). */
    static Optional<List<String>> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (quoted) {
                if (c == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    field.append('"');
                    index++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == '"') {
                return Optional.empty(); // a quote in the middle of an unquoted field
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                return Optional.empty(); // text after a closing quote
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty(); // an unclosed quote: records never span lines here
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }

    private static String[] lines(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return text.split("\r?\n", -1);
    }

    private static void requireRoom(List<BulkRow> rows, int maxRows) throws Unusable {
        if (rows.size() >= maxRows) {
            throw new Unusable(
                    RejectionReason.TOO_MANY_ROWS,
                    "a bulk submission holds at most " + maxRows + " rows; split it into several");
        }
    }
}
