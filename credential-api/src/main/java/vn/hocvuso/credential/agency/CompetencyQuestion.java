package vn.hocvuso.credential.agency;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import vn.hocvuso.credential.framework.ProficiencyGroup;
import vn.hocvuso.credential.framework.Programme;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.problem.ApiProblem;

/**
 * What an agency asks about: one programme, or a proficiency level (any programme at that level or
 * above counts). Never both.
 */
public record CompetencyQuestion(Optional<String> programmeId, Optional<ProficiencyGroup> level) {

    /** Any programme at basic level or above: what the national targets count. */
    public static final CompetencyQuestion ANY =
            new CompetencyQuestion(Optional.empty(), Optional.of(ProficiencyGroup.BASIC));

    /** The question from a request's {@code programme} or {@code level}; a 400 problem when neither or both, or unknown. */
    public static CompetencyQuestion of(String programme, String level, ProgrammeCatalog catalog, boolean required) {
        boolean hasProgramme = programme != null && !programme.isBlank();
        boolean hasLevel = level != null && !level.isBlank();
        if (hasProgramme && hasLevel) {
            throw invalid("give either programme or level, not both");
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
            throw invalid("give the programme or the level asked about");
        }
        return ANY;
    }

    /** Whether a completion of {@code programme} answers this question. */
    public boolean matches(Programme programme) {
        if (programmeId.isPresent()) {
            return programmeId.get().equals(programme.id());
        }
        return programme.level().ordinal() >= level.orElseThrow().ordinal();
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

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-question", "Invalid question", detail);
    }
}
