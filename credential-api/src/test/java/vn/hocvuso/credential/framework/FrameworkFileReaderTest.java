package vn.hocvuso.credential.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworkFileReaderTest {

    /** A small valid framework; each broken case changes it in one place, so its line numbers are known. */
    static final String VALID = """
            version: "t1"
            name: {vi: Khung thử, en: Test framework}
            basedOn: {vi: DigComp 2.2, en: DigComp 2.2}
            proficiencyLevels:
              - {level: 1, group: basic, name: {vi: CB1, en: F1}}
              - {level: 2, group: basic, name: {vi: CB2, en: F2}}
              - {level: 3, group: intermediate, name: {vi: TC3, en: I3}}
              - {level: 4, group: intermediate, name: {vi: TC4, en: I4}}
              - {level: 5, group: advanced, name: {vi: NC5, en: A5}}
              - {level: 6, group: advanced, name: {vi: NC6, en: A6}}
              - {level: 7, group: specialised, name: {vi: CS7, en: S7}}
              - {level: 8, group: specialised, name: {vi: CS8, en: S8}}
            areas:
              - id: "1"
                name: {vi: Thông tin, en: Information}
                competencies:
                  - id: "1.1"
                    digComp: "1.1"
                    name: {vi: Tìm kiếm, en: Searching}
            """;

    @Test
    void whenTheNationalFrameworkIsReadThenItHasTheSixAreasAndTheDigCompCompetencies() throws Exception {
        CompetencyFramework framework;
        try (InputStream file = getClass().getResourceAsStream("/framework/national-framework.yaml")) {
            framework = FrameworkFileReader.read("framework/national-framework.yaml", file);
        }

        assertThat(framework.version()).isEqualTo("2026.1");
        assertThat(framework.areas())
                .extracting(area -> area.name().en())
                .containsExactly(
                        "Information and data literacy",
                        "Communication and collaboration",
                        "Digital content creation",
                        "Safety",
                        "Problem solving",
                        "Applying artificial intelligence");
        assertThat(framework.areas().get(0).name().vi()).isEqualTo("Khai thác dữ liệu và thông tin");
        assertThat(framework.competencies())
                .extracting(Competency::id)
                .containsExactly(
                        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
                        "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3");
        assertThat(framework.competencies().stream().filter(c -> !c.areaId().equals("6")))
                .allSatisfy(competency -> assertThat(competency.digCompId()).contains(competency.id()));
        assertThat(framework.competencies().stream().filter(c -> c.areaId().equals("6")))
                .allSatisfy(competency -> assertThat(competency.digCompId()).isEmpty());
        assertThat(framework.competency("2.6").map(c -> c.name().en())).contains("Managing digital identity");
        assertThat(framework.levels())
                .extracting(ProficiencyLevel::level, ProficiencyLevel::group)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ProficiencyGroup.BASIC),
                        org.assertj.core.groups.Tuple.tuple(2, ProficiencyGroup.BASIC),
                        org.assertj.core.groups.Tuple.tuple(3, ProficiencyGroup.INTERMEDIATE),
                        org.assertj.core.groups.Tuple.tuple(4, ProficiencyGroup.INTERMEDIATE),
                        org.assertj.core.groups.Tuple.tuple(5, ProficiencyGroup.ADVANCED),
                        org.assertj.core.groups.Tuple.tuple(6, ProficiencyGroup.ADVANCED),
                        org.assertj.core.groups.Tuple.tuple(7, ProficiencyGroup.SPECIALISED),
                        org.assertj.core.groups.Tuple.tuple(8, ProficiencyGroup.SPECIALISED));
    }

    @Test
    void whenTheSmallFrameworkIsReadThenItIsValid() {
        CompetencyFramework framework = read(VALID);

        assertThat(framework.competency("1.1")).map(Competency::digCompId).contains(Optional.of("1.1"));
    }

    static Stream<Arguments> brokenFrameworks() {
        return Stream.of(
                Arguments.of(
                        "a DigComp id that does not exist",
                        VALID.replace("digComp: \"1.1\"", "digComp: \"9.9\""),
                        18,
                        "'9.9' is not a DigComp 2.2 competency"),
                Arguments.of(
                        "a level in the wrong group",
                        VALID.replace("{level: 3, group: intermediate", "{level: 3, group: basic"),
                        7,
                        "proficiency level 3 belongs to group 'intermediate', not 'basic'"),
                Arguments.of(
                        "an unknown group",
                        VALID.replace("{level: 4, group: intermediate", "{level: 4, group: expert"),
                        8,
                        "'expert' is not a proficiency group"),
                Arguments.of(
                        "a missing level",
                        VALID.replace("  - {level: 8, group: specialised, name: {vi: CS8, en: S8}}\n", ""),
                        4,
                        "proficiency level 8 is missing"),
                Arguments.of(
                        "a level out of range",
                        VALID.replace("{level: 8,", "{level: 9,"),
                        12,
                        "proficiency level 9 is outside 1 to 8"),
                Arguments.of(
                        "a level twice",
                        VALID.replace("{level: 8,", "{level: 7,"),
                        12,
                        "proficiency level 7 is listed twice (first at line 11)"),
                Arguments.of(
                        "a level that is not a number",
                        VALID.replace("{level: 2,", "{level: two,"),
                        6,
                        "'level' must be a whole number"),
                Arguments.of(
                        "an unknown key",
                        VALID.replace("version: \"t1\"\n", "version: \"t1\"\ncolour: red\n"),
                        2,
                        "unknown key 'colour'"),
                Arguments.of(
                        "a key twice",
                        VALID.replace("version: \"t1\"\n", "version: \"t1\"\nversion: \"t2\"\n"),
                        2,
                        "has the key 'version' twice"),
                Arguments.of(
                        "no version", VALID.replace("version: \"t1\"\n", ""), 1, "lacks the required key 'version'"),
                Arguments.of(
                        "a version with spaces",
                        VALID.replace("\"t1\"", "\"t 1\""),
                        1,
                        "version 't 1' must be letters"),
                Arguments.of(
                        "a name without English",
                        VALID.replace("name: {vi: Thông tin, en: Information}", "name: {vi: Thông tin}"),
                        15,
                        "lacks the required key 'en'"),
                Arguments.of(
                        "an empty name",
                        VALID.replace("{vi: Tìm kiếm, en: Searching}", "{vi: '', en: Searching}"),
                        19,
                        "'vi' must not be empty"),
                Arguments.of(
                        "a competency outside its area",
                        VALID.replace("- id: \"1.1\"", "- id: \"2.1\""),
                        17,
                        "competency id '2.1' must be its area's number"),
                Arguments.of(
                        "a competency twice",
                        VALID + "      - id: \"1.1\"\n        name: {vi: Lại, en: Again}\n",
                        20,
                        "competency '1.1' is listed twice (first at line 17)"),
                Arguments.of(
                        "an area without competencies",
                        VALID.substring(0, VALID.indexOf("    competencies:")) + "    competencies: []\n",
                        16,
                        "'competencies' must not be empty"),
                Arguments.of(
                        "areas that are not a list",
                        VALID.substring(0, VALID.indexOf("areas:")) + "areas: none\n",
                        13,
                        "'areas' must be a list"),
                Arguments.of(
                        "broken YAML",
                        VALID.replace("{vi: DigComp 2.2, en: DigComp 2.2}", "{vi: DigComp 2.2, en: DigComp 2.2"),
                        4,
                        "not valid YAML"),
                Arguments.of(
                        "a tab for indentation",
                        VALID.replace("    name: {vi: Thông tin", "\tname: {vi: Thông tin"),
                        15,
                        "not valid YAML"),
                Arguments.of("an empty file", "", 1, "the file is empty"),
                Arguments.of("a list instead of a mapping", "- a\n- b\n", 1, "the file must be a mapping"),
                Arguments.of("two documents", VALID + "---\nversion: x\n", 21, "only one YAML document is allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFrameworks")
    void whenTheFrameworkFileIsBrokenThenReadingFailsNamingTheLineAndTheProblem(
            String what, String yaml, int line, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-framework.yaml line " + line + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void whenSeveralThingsAreBrokenThenEveryProblemIsReportedWithItsLine() {
        String yaml = VALID.replace("digComp: \"1.1\"", "digComp: \"9.9\"")
                .replace("{level: 3, group: intermediate", "{level: 3, group: basic");

        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(
                        DataFileException.class,
                        e -> assertThat(e.problems())
                                .extracting(FileProblem::line)
                                .containsExactlyInAnyOrder(7, 18));
    }

    @Test
    void whenTheFileIsNotUtf8ThenReadingFailsSayingSo() {
        byte[] latin1 = VALID.getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FrameworkFileReader.read("test-framework.yaml", new ByteArrayInputStream(latin1)))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-framework.yaml line ")
                .hasMessageContaining("UTF-8");
    }

    static CompetencyFramework read(String yaml) {
        return FrameworkFileReader.read(
                "test-framework.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> lines(String yaml) {
        return yaml.lines().toList();
    }
}
