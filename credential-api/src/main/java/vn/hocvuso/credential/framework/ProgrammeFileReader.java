package vn.hocvuso.credential.framework;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads and checks the programme file against the framework in force: every competency a module
 * names must exist, every quiz must be well formed, and the file must be written for this version
 * of the framework.
 */
final class ProgrammeFileReader {

    static final int MIN_QUESTIONS = 4;
    static final int MAX_QUESTIONS = 6;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;

    /** Open Badges 3.0 §B.1.2 AchievementType values (extensions start with {@code ext:}). */
    static final Set<String> ACHIEVEMENT_TYPES = Set.of(
            "Achievement",
            "ApprenticeshipCertificate",
            "Assessment",
            "Assignment",
            "AssociateDegree",
            "Award",
            "Badge",
            "BachelorDegree",
            "Certificate",
            "CertificateOfCompletion",
            "Certification",
            "CommunityService",
            "Competency",
            "Course",
            "CoCurricular",
            "Degree",
            "Diploma",
            "DoctoralDegree",
            "Fieldwork",
            "GeneralEducationDevelopment",
            "JourneymanCertificate",
            "LearningProgram",
            "License",
            "Membership",
            "ProfessionalDoctorate",
            "QualityAssuranceCredential",
            "MasterCertificate",
            "MasterDegree",
            "MicroCredential",
            "ResearchDoctorate",
            "SecondarySchoolDiploma");

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private ProgrammeFileReader() {}

    static List<ProgrammeDefinition> read(String file, InputStream content, CompetencyFramework framework) {
        FileProblems problems = new FileProblems();
        List<ProgrammeDefinition> programmes = YamlFile.read(file, content, problems)
                .map(root -> read(root, framework))
                .orElse(List.of());
        problems.throwIfAny();
        return programmes;
    }

    private static List<ProgrammeDefinition> read(YamlMapping root, CompetencyFramework framework) {
        root.allowOnly(Set.of("frameworkVersion", "programmes"));
        root.text("frameworkVersion")
                .filter(version -> !version.equals(framework.version()))
                .ifPresent(version -> root.problem(
                        root.lineOf("frameworkVersion"),
                        "written for framework version '" + version + "' but the framework in force is '"
                                + framework.version() + "'"));
        Map<String, Integer> seenAt = new HashMap<>();
        List<ProgrammeDefinition> programmes = new ArrayList<>();
        for (YamlMapping entry : root.mappings("programmes", "programme")) {
            programme(entry, framework, seenAt).ifPresent(programmes::add);
        }
        return programmes;
    }

    private static Optional<ProgrammeDefinition> programme(
            YamlMapping entry, CompetencyFramework framework, Map<String, Integer> seenAt) {
        entry.allowOnly(Set.of("id", "level", "name", "description", "criteria", "credential", "modules"));
        Optional<String> id = slug(entry, "id", "programme id");
        id.ifPresent(value -> {
            Integer first = seenAt.putIfAbsent(value, entry.lineOf("id"));
            if (first != null) {
                entry.problem(
                        entry.lineOf("id"), "programme '" + value + "' is listed twice (first at line " + first + ")");
            }
        });
        String what = "programme '" + id.orElse("?") + "'";
        Optional<ProficiencyGroup> level = FrameworkFileReader.group(entry, "level");
        Optional<LocalizedText> name = entry.localized("name");
        Optional<LocalizedText> description = entry.localized("description");
        Optional<LocalizedText> criteria = entry.localized("criteria");
        Optional<EarnedCredential> credential = entry.mapping("credential").flatMap(ProgrammeFileReader::credential);
        List<ProgrammeModule> modules = new ArrayList<>();
        Map<String, ModuleQuiz> quizzes = new LinkedHashMap<>();
        Map<String, Integer> modulesSeenAt = new HashMap<>();
        for (YamlMapping moduleEntry : entry.mappings("modules", "module of " + what)) {
            module(moduleEntry, framework, modulesSeenAt, what).ifPresent(module -> {
                modules.add(module.module());
                quizzes.put(module.module().id(), module.quiz());
            });
        }
        if (id.isEmpty()
                || level.isEmpty()
                || name.isEmpty()
                || description.isEmpty()
                || criteria.isEmpty()
                || credential.isEmpty()
                || modules.isEmpty()) {
            return Optional.empty();
        }
        Programme programme =
                new Programme(id.get(), name.get(), description.get(), level.get(), criteria.get(), modules);
        return Optional.of(new ProgrammeDefinition(programme, credential.get(), quizzes));
    }

    private static Optional<EarnedCredential> credential(YamlMapping entry) {
        entry.allowOnly(Set.of("achievementType", "name"));
        Optional<String> type = entry.text("achievementType");
        Optional<LocalizedText> name = entry.localized("name");
        if (type.isPresent()
                && !ACHIEVEMENT_TYPES.contains(type.get())
                && !type.get().startsWith("ext:")) {
            entry.problem(
                    entry.lineOf("achievementType"),
                    "'" + type.get() + "' is not an Open Badges 3.0 achievement type (such as Certificate)");
            return Optional.empty();
        }
        return type.isPresent() && name.isPresent()
                ? Optional.of(new EarnedCredential(type.get(), name.get()))
                : Optional.empty();
    }

    private record ModuleWithQuiz(ProgrammeModule module, ModuleQuiz quiz) {}

    private static Optional<ModuleWithQuiz> module(
            YamlMapping entry, CompetencyFramework framework, Map<String, Integer> seenAt, String programme) {
        entry.allowOnly(Set.of("id", "title", "competencies", "passMark", "quiz"));
        Optional<String> id = slug(entry, "id", "module id");
        boolean duplicate = id.map(value -> {
                    Integer first = seenAt.putIfAbsent(value, entry.lineOf("id"));
                    if (first != null) {
                        entry.problem(
                                entry.lineOf("id"),
                                "module '" + value + "' is listed twice in " + programme + " (first at line " + first
                                        + ")");
                    }
                    return first != null;
                })
                .orElse(false);
        String what = "module '" + id.orElse("?") + "'";
        Optional<LocalizedText> title = entry.localized("title");
        List<String> competencies = new ArrayList<>();
        boolean competenciesValid = true;
        for (YamlMapping.Located<String> competency : entry.texts("competencies")) {
            if (framework.competency(competency.value()).isEmpty()) {
                entry.problem(
                        competency.line(),
                        what + " names unknown competency '" + competency.value() + "' (not in framework version "
                                + framework.version() + ")");
                competenciesValid = false;
            } else if (competencies.contains(competency.value())) {
                entry.problem(competency.line(), what + " names competency '" + competency.value() + "' twice");
                competenciesValid = false;
            } else {
                competencies.add(competency.value());
            }
        }
        OptionalInt passMark = entry.integer("passMark");
        if (passMark.isPresent() && (passMark.getAsInt() < 1 || passMark.getAsInt() > 100)) {
            entry.problem(
                    entry.lineOf("passMark"),
                    what + " has pass mark " + passMark.getAsInt() + "; it must be a percentage from 1 to 100");
            passMark = OptionalInt.empty();
        }
        Optional<ModuleQuiz> quiz = quiz(entry, what);
        if (id.isEmpty()
                || duplicate
                || title.isEmpty()
                || competencies.isEmpty()
                || !competenciesValid
                || passMark.isEmpty()
                || quiz.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModuleWithQuiz(
                new ProgrammeModule(id.get(), title.get(), competencies, passMark.getAsInt()), quiz.get()));
    }

    private static Optional<ModuleQuiz> quiz(YamlMapping module, String what) {
        List<YamlMapping> entries = module.mappings("quiz", "question of " + what);
        if (module.has("quiz") && (entries.size() < MIN_QUESTIONS || entries.size() > MAX_QUESTIONS)) {
            module.problem(
                    module.lineOf("quiz"),
                    what + " has " + entries.size() + " quiz questions; a module's quiz has " + MIN_QUESTIONS + " to "
                            + MAX_QUESTIONS);
            return Optional.empty();
        }
        Map<String, Integer> seenAt = new HashMap<>();
        List<QuizQuestion> questions = new ArrayList<>();
        boolean valid = true;
        for (YamlMapping entry : entries) {
            Optional<QuizQuestion> question = question(entry, what, seenAt);
            valid &= question.isPresent();
            question.ifPresent(questions::add);
        }
        return valid && !questions.isEmpty() ? Optional.of(new ModuleQuiz(questions)) : Optional.empty();
    }

    private static Optional<QuizQuestion> question(YamlMapping entry, String module, Map<String, Integer> seenAt) {
        entry.allowOnly(Set.of("id", "prompt", "options", "answer"));
        Optional<String> id = slug(entry, "id", "question id");
        if (id.isPresent()) {
            Integer first = seenAt.putIfAbsent(id.get(), entry.lineOf("id"));
            if (first != null) {
                entry.problem(
                        entry.lineOf("id"),
                        "question '" + id.get() + "' is listed twice in " + module + " (first at line " + first + ")");
                return Optional.empty();
            }
        }
        String what = "question '" + id.orElse("?") + "' of " + module;
        Optional<LocalizedText> prompt = entry.localized("prompt");
        List<QuizOption> options = new ArrayList<>();
        Map<String, Integer> optionsSeenAt = new HashMap<>();
        List<YamlMapping> optionEntries = entry.mappings("options", "option of " + what);
        if (entry.has("options") && (optionEntries.size() < MIN_OPTIONS || optionEntries.size() > MAX_OPTIONS)) {
            entry.problem(
                    entry.lineOf("options"),
                    what + " has " + optionEntries.size() + " options; a question has " + MIN_OPTIONS + " to "
                            + MAX_OPTIONS);
            return Optional.empty();
        }
        boolean valid = true;
        for (YamlMapping optionEntry : optionEntries) {
            optionEntry.allowOnly(Set.of("id", "text"));
            Optional<String> optionId = slug(optionEntry, "id", "option id");
            Optional<LocalizedText> text = optionEntry.localized("text");
            if (optionId.isPresent() && optionsSeenAt.putIfAbsent(optionId.get(), optionEntry.lineOf("id")) != null) {
                optionEntry.problem(optionEntry.lineOf("id"), what + " has option '" + optionId.get() + "' twice");
                valid = false;
            } else if (optionId.isPresent() && text.isPresent()) {
                options.add(new QuizOption(optionId.get(), text.get()));
            } else {
                valid = false;
            }
        }
        Optional<String> answer = entry.text("answer");
        if (answer.isPresent() && valid && !optionsSeenAt.containsKey(answer.get())) {
            entry.problem(
                    entry.lineOf("answer"),
                    what + " gives answer '" + answer.get() + "', which is not one of its options "
                            + optionsSeenAt.keySet().stream().sorted().toList());
            return Optional.empty();
        }
        if (id.isEmpty() || prompt.isEmpty() || answer.isEmpty() || !valid || options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuizQuestion(id.get(), prompt.get(), options, answer.get()));
    }

    private static Optional<String> slug(YamlMapping entry, String key, String what) {
        return entry.text(key).filter(value -> {
            if (value.matches(SLUG) && value.length() <= 64) {
                return true;
            }
            entry.problem(
                    entry.lineOf(key),
                    what + " '" + value + "' must be lower-case letters and digits separated by single hyphens"
                            + " (at most 64)");
            return false;
        });
    }
}
