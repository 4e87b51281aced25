package vn.hocvuso.credential.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.problem.ApiProblem;

/**
 * The framework and the programmes, read-only, as JSON: {@code GET /api/v1/framework},
 * {@code GET /api/v1/programmes}, {@code GET /api/v1/programmes/{id}}. Quiz questions and their
 * answers are not part of it; only how many questions each module's quiz has.
 */
@RestController
class FrameworkApiController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final YamlProgrammeCatalog catalog;

    FrameworkApiController(YamlProgrammeCatalog catalog) {
        this.catalog = catalog;
    }

    record LevelView(int level, String group, LocalizedText name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CompetencyView(String id, LocalizedText name, String digCompId) {}

    record AreaView(String id, LocalizedText name, List<CompetencyView> competencies) {}

    record FrameworkView(
            String version,
            LocalizedText name,
            LocalizedText basedOn,
            List<LevelView> proficiencyLevels,
            List<AreaView> areas) {}

    record ModuleView(String id, LocalizedText title, List<String> competencies, int passMark, int questions) {}

    record ProgrammeView(
            String id,
            String level,
            LocalizedText name,
            LocalizedText description,
            LocalizedText criteria,
            EarnedCredential credential,
            List<ModuleView> modules) {}

    record ProgrammesView(String frameworkVersion, List<ProgrammeView> programmes) {}

    @GetMapping("/api/v1/framework")
    ResponseEntity<FrameworkView> framework() {
        CompetencyFramework framework = catalog.framework();
        FrameworkView view = new FrameworkView(
                framework.version(),
                framework.name(),
                framework.basedOn(),
                framework.levels().stream()
                        .map(level ->
                                new LevelView(level.level(), FrameworkFileReader.lower(level.group()), level.name()))
                        .toList(),
                framework.areas().stream()
                        .map(area -> new AreaView(
                                area.id(),
                                area.name(),
                                area.competencies().stream()
                                        .map(competency -> new CompetencyView(
                                                competency.id(),
                                                competency.name(),
                                                competency.digCompId().orElse(null)))
                                        .toList()))
                        .toList());
        return ResponseEntity.ok().cacheControl(CACHE).body(view);
    }

    @GetMapping("/api/v1/programmes")
    ResponseEntity<ProgrammesView> programmes() {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(new ProgrammesView(
                        catalog.frameworkVersion(),
                        catalog.definitions().stream()
                                .map(FrameworkApiController::view)
                                .toList()));
    }

    @GetMapping("/api/v1/programmes/{programmeId}")
    ResponseEntity<ProgrammeView> programme(@PathVariable String programmeId) {
        ProgrammeDefinition definition = catalog.definition(programmeId)
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.NOT_FOUND,
                        "unknown-programme",
                        "Unknown programme",
                        "there is no such programme; GET /api/v1/programmes lists them"));
        return ResponseEntity.ok().cacheControl(CACHE).body(view(definition));
    }

    private static ProgrammeView view(ProgrammeDefinition definition) {
        Programme programme = definition.programme();
        return new ProgrammeView(
                programme.id(),
                FrameworkFileReader.lower(programme.level()),
                programme.name(),
                programme.description(),
                programme.criteria(),
                definition.credential(),
                programme.modules().stream()
                        .map(module -> new ModuleView(
                                module.id(),
                                module.title(),
                                module.competencyIds(),
                                module.passMarkPercent(),
                                definition.quiz(module.id()).size()))
                        .toList());
    }
}
