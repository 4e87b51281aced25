package vn.hocvuso.credential.framework;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads and checks the competency framework file. Every problem is reported with its line; the
 * file is used only when it has none.
 */
final class FrameworkFileReader {

    /** The 21 competencies of DigComp 2.2 (Vuorikari, Kluzer and Punie, 2022), the only valid cross-walk targets. */
    static final Set<String> DIGCOMP_2_2_IDS = Set.of(
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2",
            "4.3", "4.4", "5.1", "5.2", "5.3", "5.4");

    private static final String VERSION = "[0-9A-Za-z][0-9A-Za-z._-]{0,31}";

    private FrameworkFileReader() {}

    static CompetencyFramework read(String file, InputStream content) {
        FileProblems problems = new FileProblems();
        Optional<CompetencyFramework> framework =
                YamlFile.read(file, content, problems).flatMap(root -> read(root, problems));
        problems.throwIfAny();
        return framework.orElseThrow();
    }

    private static Optional<CompetencyFramework> read(YamlMapping root, FileProblems problems) {
        root.allowOnly(Set.of("version", "name", "basedOn", "proficiencyLevels", "areas"));
        Optional<String> version = root.text("version");
        version.filter(value -> !value.matches(VERSION))
                .ifPresent(value -> root.problem(
                        root.lineOf("version"),
                        "version '" + value + "' must be letters, digits, '.', '_' or '-' (at most 32)"));
        Optional<LocalizedText> name = root.localized("name");
        Optional<LocalizedText> basedOn = root.localized("basedOn");
        List<ProficiencyLevel> levels = levels(root);
        List<CompetencyArea> areas = areas(root);
        if (!problems.isEmpty() || version.isEmpty() || name.isEmpty() || basedOn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompetencyFramework(version.get(), name.get(), basedOn.get(), levels, areas));
    }

    private static List<ProficiencyLevel> levels(YamlMapping root) {
        Map<Integer, Integer> seenAt = new HashMap<>();
        List<ProficiencyLevel> levels = new ArrayList<>();
        for (YamlMapping entry : root.mappings("proficiencyLevels", "proficiency level")) {
            entry.allowOnly(Set.of("level", "group", "name"));
            OptionalInt level = entry.integer("level");
            Optional<ProficiencyGroup> group = group(entry, "group");
            Optional<LocalizedText> name = entry.localized("name");
            if (level.isEmpty()) {
                continue;
            }
            int number = level.getAsInt();
            if (number < 1 || number > 8) {
                entry.problem(entry.lineOf("level"), "proficiency level " + number + " is outside 1 to 8");
                continue;
            }
            Integer first = seenAt.putIfAbsent(number, entry.line());
            if (first != null) {
                entry.problem(
                        entry.line(), "proficiency level " + number + " is listed twice (first at line " + first + ")");
                continue;
            }
            ProficiencyGroup expected = ProficiencyLevel.groupOf(number);
            if (group.isPresent() && group.get() != expected) {
                entry.problem(
                        entry.lineOf("group"),
                        "proficiency level " + number + " belongs to group '" + lower(expected) + "', not '"
                                + lower(group.get()) + "'");
            }
            if (group.isPresent() && name.isPresent()) {
                levels.add(new ProficiencyLevel(number, group.get(), name.get()));
            }
        }
        for (int number = 1; number <= 8; number++) {
            if (!seenAt.containsKey(number) && root.has("proficiencyLevels")) {
                root.problem(root.lineOf("proficiencyLevels"), "proficiency level " + number + " is missing");
            }
        }
        levels.sort((left, right) -> Integer.compare(left.level(), right.level()));
        return levels;
    }

    private static List<CompetencyArea> areas(YamlMapping root) {
        Map<String, Integer> areasSeenAt = new HashMap<>();
        Map<String, Integer> competenciesSeenAt = new HashMap<>();
        List<CompetencyArea> areas = new ArrayList<>();
        for (YamlMapping entry : root.mappings("areas", "competency area")) {
            entry.allowOnly(Set.of("id", "name", "competencies"));
            Optional<String> id = entry.text("id");
            Optional<LocalizedText> name = entry.localized("name");
            if (id.isPresent() && !id.get().matches("[1-9][0-9]?")) {
                entry.problem(entry.lineOf("id"), "area id '" + id.get() + "' must be a number from 1 to 99");
                id = Optional.empty();
            }
            if (id.isPresent()) {
                Integer first = areasSeenAt.putIfAbsent(id.get(), entry.lineOf("id"));
                if (first != null) {
                    entry.problem(
                            entry.lineOf("id"),
                            "area '" + id.get() + "' is listed twice (first at line " + first + ")");
                }
            }
            List<Competency> competencies = new ArrayList<>();
            for (YamlMapping competency : entry.mappings("competencies", "competency")) {
                id.flatMap(areaId -> competency(competency, areaId, competenciesSeenAt))
                        .ifPresent(competencies::add);
            }
            if (id.isPresent() && name.isPresent()) {
                areas.add(new CompetencyArea(id.get(), name.get(), competencies));
            }
        }
        return areas;
    }

    private static Optional<Competency> competency(YamlMapping entry, String areaId, Map<String, Integer> seenAt) {
        entry.allowOnly(Set.of("id", "digComp", "name"));
        Optional<String> id = entry.text("id");
        Optional<LocalizedText> name = entry.localized("name");
        Optional<String> digComp = entry.optionalText("digComp");
        if (id.isPresent() && !id.get().matches(java.util.regex.Pattern.quote(areaId) + "\\.[1-9][0-9]?")) {
            entry.problem(
                    entry.lineOf("id"),
                    "competency id '" + id.get() + "' must be its area's number, a dot and a number (such as " + areaId
                            + ".1)");
            return Optional.empty();
        }
        if (id.isPresent()) {
            Integer first = seenAt.putIfAbsent(id.get(), entry.lineOf("id"));
            if (first != null) {
                entry.problem(
                        entry.lineOf("id"),
                        "competency '" + id.get() + "' is listed twice (first at line " + first + ")");
                return Optional.empty();
            }
        }
        if (digComp.isPresent() && !DIGCOMP_2_2_IDS.contains(digComp.get())) {
            entry.problem(
                    entry.lineOf("digComp"),
                    "'" + digComp.get() + "' is not a DigComp 2.2 competency (1.1–1.3, 2.1–2.6, 3.1–3.4, 4.1–4.4,"
                            + " 5.1–5.4); leave digComp out where none applies");
            return Optional.empty();
        }
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Competency(id.get(), areaId, name.get(), digComp));
    }

    static Optional<ProficiencyGroup> group(YamlMapping entry, String key) {
        return entry.text(key).flatMap(value -> {
            for (ProficiencyGroup group : ProficiencyGroup.values()) {
                if (lower(group).equals(value)) {
                    return Optional.of(group);
                }
            }
            entry.problem(
                    entry.lineOf(key),
                    "'" + value + "' is not a proficiency group (basic, intermediate, advanced, specialised)");
            return Optional.empty();
        });
    }

    static String lower(ProficiencyGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
    }
}
