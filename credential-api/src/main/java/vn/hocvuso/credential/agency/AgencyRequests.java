package vn.hocvuso.credential.agency;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.framework.ProficiencyGroup;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.problem.ApiProblem;

/** Reads what agencies send (the web edge): bodies, purposes, questions, and lists of ID numbers as a JSON array or CSV. */
public final class AgencyRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AgencyRequests() {}

    /**
     * The body as text, read from the stream rather than bound by Spring MVC, whose debug log would
     * show it (ID numbers). Past {@code maxBytes}: 413.
     */
    public static String body(HttpServletRequest request, long maxBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = request.getInputStream()) {
            int count;
            while ((count = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, count);
                if (bytes.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
        } catch (IOException e) {
            if (bytes.size() + buffer.length > maxBytes) {
                throw tooLarge(maxBytes); // the size-limit filter cut a body of unknown length
            }
            throw e;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ApiProblem tooLarge(long maxBytes) {
        return new ApiProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "Request body too large",
                "the request body is larger than " + maxBytes + " bytes");
    }

    /** The question from a request's {@code programme} or {@code level}; a 400 problem when neither or both, or unknown. */
    public static CompetencyQuestion question(
            String programme, String level, ProgrammeCatalog catalog, boolean required) {
        boolean hasProgramme = programme != null && !programme.isBlank();
        boolean hasLevel = level != null && !level.isBlank();
        if (hasProgramme && hasLevel) {
            throw invalidQuestion("give either programme or level, not both");
        }
        if (hasProgramme) {
            if (catalog.programme(programme).isEmpty()) {
                throw new ApiProblem(
                        HttpStatus.BAD_REQUEST, "unknown-programme", "Unknown programme", "no programme has this id");
            }
            return new CompetencyQuestion(Optional.of(programme), Optional.empty());
        }
        if (hasLevel) {
            return new CompetencyQuestion(Optional.empty(), Optional.of(level(level)));
        }
        if (required) {
            throw invalidQuestion("give the programme or the level asked about");
        }
        return CompetencyQuestion.ANY;
    }

    /** A purpose code as registered ({@code annual-evaluation}); anything else is a 400 and is not logged. */
    public static String purpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw malformed("state the purpose of the query (purpose)");
        }
        if (!purpose.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw malformed("a purpose is a code of lower-case letters, digits and hyphens");
        }
        return purpose;
    }

    /** The entries of a JSON array: strings as they are, anything else as an empty (malformed) entry. */
    public static List<String> jsonArray(String body, int maxRows) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw malformed("the body is not valid JSON");
        }
        if (tree == null || !tree.isArray()) {
            throw malformed("the body is a JSON array of ID numbers (strings)");
        }
        checkCount(tree.size(), maxRows);
        List<String> rows = new ArrayList<>(tree.size());
        for (JsonNode entry : tree) {
            rows.add(entry.isString() ? entry.asString() : "");
        }
        return rows;
    }

    /** One ID number per line; a first line {@code idNumber} is a header; blank lines are skipped. */
    public static List<String> csvLines(String body, int maxRows) {
        List<String> rows = new ArrayList<>();
        for (String line : (body == null ? "" : body).split("\r?\n", -1)) {
            String value = unquote(line.strip());
            if (value.isEmpty() || (rows.isEmpty() && value.equalsIgnoreCase("idNumber"))) {
                continue;
            }
            rows.add(value);
            checkCount(rows.size(), maxRows);
        }
        return rows;
    }

    static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    static void checkCount(int count, int maxRows) {
        if (count > maxRows) {
            throw new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-many-rows",
                    "Too many rows",
                    "one request takes at most " + maxRows + " ID numbers; split the list");
        }
    }

    public static ApiProblem malformed(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
    }

    private static ProficiencyGroup level(String value) {
        try {
            return ProficiencyGroup.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "unknown-level",
                    "Unknown level",
                    "level is one of basic, intermediate, advanced, specialised");
        }
    }

    private static ApiProblem invalidQuestion(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-question", "Invalid question", detail);
    }
}
