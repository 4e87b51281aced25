package vn.hocvuso.credential.agency.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.agency.AgencyRequests;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.problem.ApiProblem;

/**
 * Reads a roster upload: JSON {@code {"units":[{"id","name","staff":["<ID number>", ...]}]}} or CSV
 * lines {@code unitId,unitName,idNumber} (an optional header first). Every malformed part is a 400
 * problem naming the positions, never the values; nothing is stored unless all of it is right.
 */
final class RosterParser {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RosterParser() {}

    static RosterUpload json(String body, int maxStaff, LocalDate today) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw AgencyRequests.malformed("the body is not valid JSON");
        }
        if (tree == null || !tree.isObject() || !tree.path("units").isArray()) {
            throw AgencyRequests.malformed("the body is an object with a units array");
        }
        Builder builder = new Builder(maxStaff, today);
        for (JsonNode unit : tree.path("units")) {
            if (!unit.isObject() || !unit.path("staff").isArray()) {
                throw AgencyRequests.malformed("each unit is an object with id, name and a staff array");
            }
            String id = unit.path("id").isString() ? unit.path("id").asString() : "";
            String name = unit.path("name").isString() ? unit.path("name").asString() : "";
            for (JsonNode member : unit.path("staff")) {
                builder.add(id, name, member.isString() ? member.asString() : "");
            }
            builder.unit(id, name);
        }
        return builder.build();
    }

    static RosterUpload csv(String body, int maxStaff, LocalDate today) {
        Builder builder = new Builder(maxStaff, today);
        boolean first = true;
        for (String line : (body == null ? "" : body).split("\r?\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (first && fields.length == 3 && fields[2].strip().equalsIgnoreCase("idNumber")) {
                first = false;
                continue;
            }
            first = false;
            if (fields.length != 3) {
                throw AgencyRequests.malformed("each CSV line is unitId,unitName,idNumber");
            }
            builder.add(unquote(fields[0]), unquote(fields[1]), unquote(fields[2]));
        }
        return builder.build();
    }

    private static String unquote(String field) {
        String value = field.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /** Collects units and staff, and every problem with their positions (1-based staff rows). */
    private static final class Builder {
        private final int maxStaff;
        private final LocalDate today;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, List<NationalIdNumber>> staff = new LinkedHashMap<>();
        private final Set<NationalIdNumber> seen = new HashSet<>();
        private final List<Integer> malformedRows = new ArrayList<>();
        private final List<Integer> duplicateRows = new ArrayList<>();
        private int rows;

        Builder(int maxStaff, LocalDate today) {
            this.maxStaff = maxStaff;
            this.today = today;
        }

        void unit(String id, String name) {
            check(id, name);
            names.putIfAbsent(id, name);
            staff.computeIfAbsent(id, key -> new ArrayList<>());
        }

        void add(String unitId, String unitName, String idNumber) {
            unit(unitId, unitName);
            if (++rows > maxStaff) {
                throw new ApiProblem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "too-many-rows",
                        "Too many rows",
                        "a roster holds at most " + maxStaff + " staff");
            }
            NationalIdNumber.Parsed parsed = NationalIdNumber.parse(idNumber, today);
            if (!parsed.isValid()) {
                malformedRows.add(rows);
                return;
            }
            if (!seen.add(parsed.number().get())) {
                duplicateRows.add(rows);
                return;
            }
            staff.get(unitId).add(parsed.number().get());
        }

        private void check(String id, String name) {
            if (!id.matches(ID_PATTERN)) {
                throw AgencyRequests.malformed("a unit id is 1 to 64 letters, digits, '-' or '_'");
            }
            if (name.isBlank() || name.length() > 200) {
                throw AgencyRequests.malformed("a unit name is 1 to 200 characters");
            }
            String known = names.get(id);
            if (known != null && !known.equals(name)) {
                throw AgencyRequests.malformed("a unit id is given with two different names");
            }
        }

        RosterUpload build() {
            if (!malformedRows.isEmpty() || !duplicateRows.isEmpty()) {
                throw new ApiProblem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-roster",
                        "Malformed roster",
                        "some staff rows hold a malformed or repeated ID number; nothing was stored",
                        Map.of("malformedRows", first(malformedRows), "duplicateRows", first(duplicateRows)));
            }
            if (rows == 0) {
                throw AgencyRequests.malformed("the roster holds no staff");
            }
            List<RosterUpload.Unit> units = new ArrayList<>();
            names.forEach((id, name) -> units.add(new RosterUpload.Unit(id, name, staff.get(id))));
            return new RosterUpload(units);
        }

        private static List<Integer> first(List<Integer> rows) {
            return List.copyOf(rows.subList(0, Math.min(rows.size(), 100)));
        }
    }
}
