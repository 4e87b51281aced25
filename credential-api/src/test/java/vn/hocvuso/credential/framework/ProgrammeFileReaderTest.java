package vn.hocvuso.credential.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammeFileReaderTest {

    static CompetencyFramework national;

    /** A small valid programme file; each broken case changes it in one place. */
    static final String VALID = """
            frameworkVersion: "2026.1"
            programmes:
              - id: test-programme
                level: basic
                name: {vi: Chương trình thử, en: Test programme}
                description: {vi: Mô tả, en: Description}
                criteria: {vi: Đạt mọi mô-đun, en: Pass every module}
                credential:
                  achievementType: Certificate
                  name: {vi: Chứng nhận, en: Certificate}
                modules:
                  - id: safety
                    title: {vi: An toàn, en: Safety}
                    competencies: ["4.1", "4.2"]
                    passMark: 75
                    quiz:
                      - {id: q1, prompt: {vi: C1, en: Q1}, options: [{id: a, text: {vi: A, en: A}}, {id: b, text: {vi: B, en: B}}], answer: a}
                      - {id: q2, prompt: {vi: C2, en: Q2}, options: [{id: a, text: {vi: A, en: A}}, {id: b, text: {vi: B, en: B}}], answer: b}
                      - {id: q3, prompt: {vi: C3, en: Q3}, options: [{id: a, text: {vi: A, en: A}}, {id: b, text: {vi: B, en: B}}], answer: a}
                      - {id: q4, prompt: {vi: C4, en: Q4}, options: [{id: a, text: {vi: A, en: A}}, {id: b, text: {vi: B, en: B}}], answer: b}
            """;

    static final String Q3_OPTIONS = "{id: q3, prompt: {vi: C3, en: Q3}, options: [{id: a, text: {vi: A, en: A}}";

    static final String QUESTION_5 =
            "          - {id: q5, prompt: {vi: C5, en: Q5}, options: [{id: a, text: {vi: A, en: A}}, {id: b, text: {vi: B, en: B}}], answer: a}\n";

    @BeforeAll
    static void readTheNationalFramework() throws Exception {
        try (InputStream file =
                ProgrammeFileReaderTest.class.getResourceAsStream("/framework/national-framework.yaml")) {
            national = FrameworkFileReader.read("framework/national-framework.yaml", file);
        }
    }

    @Test
    void whenTheShippedProgrammesAreReadThenBothProgrammesHaveModulesAlignedToTheFramework() throws Exception {
        List<ProgrammeDefinition> programmes;
        try (InputStream file = getClass().getResourceAsStream("/framework/programmes.yaml")) {
            programmes = ProgrammeFileReader.read("framework/programmes.yaml", file, national);
        }

        assertThat(programmes)
                .extracting(ProgrammeDefinition::id)
                .containsExactly("bdhvs-digital-national-assembly", "bdhvs-digital-public-service");
        assertThat(programmes.get(0).programme().level()).isEqualTo(ProficiencyGroup.BASIC);
        assertThat(programmes.get(1).programme().level()).isEqualTo(ProficiencyGroup.INTERMEDIATE);
        assertThat(programmes.get(0).programme().name().vi()).startsWith("Bình dân học vụ số");
        assertThat(programmes.get(0).programme().name().en()).contains("Digital National Assembly");
        for (ProgrammeDefinition programme : programmes) {
            assertThat(programme.credential().achievementType()).isEqualTo("Certificate");
            assertThat(programme.programme().modules()).hasSizeGreaterThanOrEqualTo(3);
            for (ProgrammeModule module : programme.programme().modules()) {
                assertThat(module.competencyIds())
                        .allSatisfy(id -> assertThat(national.competency(id)).isPresent());
                assertThat(module.passMarkPercent()).isBetween(1, 100);
                ModuleQuiz quiz = programme.quiz(module.id());
                assertThat(quiz.size()).isBetween(4, 6);
                assertThat(quiz.questions()).allSatisfy(question -> {
                    assertThat(question.prompt().vi()).isNotBlank();
                    assertThat(question.prompt().en()).isNotBlank();
                    assertThat(question.options()).hasSizeBetween(2, 6);
                });
            }
        }
        // The AI area is taught in both programmes.
        assertThat(programmes)
                .allSatisfy(programme -> assertThat(programme.programme().modules())
                        .anySatisfy(module -> assertThat(module.competencyIds()).anyMatch(id -> id.startsWith("6."))));
    }

    @Test
    void whenTheSmallProgrammeFileIsReadThenItsModuleAndQuizAreThere() {
        ProgrammeDefinition programme = read(VALID).get(0);

        assertThat(programme.module("safety"))
                .map(ProgrammeModule::passMarkPercent)
                .contains(75);
        assertThat(programme.quiz("safety").question("q2"))
                .map(QuizQuestion::correctOptionId)
                .contains("b");
    }

    static Stream<Arguments> brokenProgrammes() {
        return Stream.of(
                Arguments.of(
                        "an unknown competency",
                        VALID.replace("[\"4.1\", \"4.2\"]", "[\"4.1\", \"9.9\"]"),
                        14,
                        "module 'safety' names unknown competency '9.9'"),
                Arguments.of(
                        "another framework version",
                        VALID.replace("\"2026.1\"", "\"2025.9\""),
                        1,
                        "written for framework version '2025.9' but the framework in force is '2026.1'"),
                Arguments.of(
                        "an answer that is not an option",
                        VALID.replaceFirst("answer: b}", "answer: c}"),
                        18,
                        "question 'q2' of module 'safety' gives answer 'c', which is not one of its options"),
                Arguments.of(
                        "too few questions",
                        VALID.substring(0, VALID.lastIndexOf("      - {id: q4")),
                        16,
                        "has 3 quiz questions; a module's quiz has 4 to 6"),
                Arguments.of(
                        "too many questions",
                        VALID
                                + QUESTION_5
                                + QUESTION_5.replace("q5", "q6").replace("C5", "C6")
                                + QUESTION_5.replace("q5", "q7").replace("C5", "C7"),
                        16,
                        "has 7 quiz questions"),
                Arguments.of(
                        "a pass mark of 0",
                        VALID.replace("passMark: 75", "passMark: 0"),
                        15,
                        "pass mark 0; it must be a percentage from 1 to 100"),
                Arguments.of(
                        "a pass mark over 100", VALID.replace("passMark: 75", "passMark: 101"), 15, "pass mark 101"),
                Arguments.of(
                        "a pass mark that is not a number",
                        VALID.replace("passMark: 75", "passMark: high"),
                        15,
                        "'passMark' must be a whole number"),
                Arguments.of(
                        "a question twice",
                        VALID.replace("{id: q4,", "{id: q1,"),
                        20,
                        "question 'q1' is listed twice in module 'safety' (first at line 17)"),
                Arguments.of(
                        "an option twice",
                        VALID.replace(Q3_OPTIONS + ", {id: b", Q3_OPTIONS + ", {id: a"),
                        19,
                        "has option 'a' twice"),
                Arguments.of(
                        "a single option",
                        VALID.replace(Q3_OPTIONS + ", {id: b, text: {vi: B, en: B}}]", Q3_OPTIONS + "]"),
                        19,
                        "has 1 options; a question has 2 to 6"),
                Arguments.of(
                        "a module twice",
                        VALID + """
                              - id: safety
                                title: {vi: Lại, en: Again}
                                competencies: ["4.3"]
                                passMark: 75
                                quiz: []
                        """,
                        21,
                        "module 'safety' is listed twice in programme 'test-programme' (first at line 12)"),
                Arguments.of(
                        "an unknown level",
                        VALID.replace("level: basic", "level: expert"),
                        4,
                        "'expert' is not a proficiency group"),
                Arguments.of(
                        "an unknown achievement type",
                        VALID.replace("achievementType: Certificate", "achievementType: Diplome"),
                        9,
                        "'Diplome' is not an Open Badges 3.0 achievement type"),
                Arguments.of(
                        "a module without a title",
                        VALID.replace("        title: {vi: An toàn, en: Safety}\n", ""),
                        12,
                        "module of programme 'test-programme' lacks the required key 'title'"),
                Arguments.of(
                        "a misspelt key", VALID.replace("passMark: 75", "passmark: 75"), 15, "unknown key 'passmark'"),
                Arguments.of(
                        "a programme id with spaces",
                        VALID.replace("id: test-programme", "id: Test Programme"),
                        3,
                        "programme id 'Test Programme' must be lower-case letters and digits"),
                Arguments.of(
                        "no programmes",
                        "frameworkVersion: \"2026.1\"\nprogrammes: []\n",
                        2,
                        "'programmes' must not be empty"),
                Arguments.of(
                        "broken YAML",
                        VALID.replace("competencies: [\"4.1\", \"4.2\"]", "competencies: [\"4.1\", \"4.2\""),
                        15,
                        "not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenProgrammes")
    void whenTheProgrammeFileIsBrokenThenReadingFailsNamingTheLineAndTheProblem(
            String what, String yaml, int line, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-programmes.yaml line " + line + ": ")
                .hasMessageContaining(problem);
    }

    static List<ProgrammeDefinition> read(String yaml) {
        return ProgrammeFileReader.read(
                "test-programmes.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), national);
    }
}
