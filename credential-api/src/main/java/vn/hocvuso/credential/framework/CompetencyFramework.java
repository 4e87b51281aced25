package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The national digital competency framework as one version of its data file.
 *
 * @param version the version of the file, recorded with every learning event
 * @param name the framework's name
 * @param basedOn what it is built on, in words (DigComp 2.2)
 * @param levels the eight proficiency levels
 * @param areas the competency areas with their competencies
 */
public record CompetencyFramework(
        String version,
        LocalizedText name,
        LocalizedText basedOn,
        List<ProficiencyLevel> levels,
        List<CompetencyArea> areas) {

    public CompetencyFramework {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basedOn, "basedOn");
        levels = List.copyOf(levels);
        areas = List.copyOf(areas);
    }

    public List<Competency> competencies() {
        return areas.stream().flatMap(area -> area.competencies().stream()).toList();
    }

    public Optional<Competency> competency(String id) {
        return competencies().stream()
                .filter(competency -> competency.id().equals(id))
                .findFirst();
    }
}
