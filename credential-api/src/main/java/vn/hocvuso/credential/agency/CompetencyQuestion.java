package vn.hocvuso.credential.agency;

import java.util.Optional;
import vn.hocvuso.credential.framework.ProficiencyGroup;
import vn.hocvuso.credential.framework.Programme;

/**
 * What an agency asks about: one programme, or a proficiency level (any programme at that level or
 * above counts). Never both.
 */
public record CompetencyQuestion(Optional<String> programmeId, Optional<ProficiencyGroup> level) {

    /** Any programme at basic level or above: what the national targets count. */
    public static final CompetencyQuestion ANY =
            new CompetencyQuestion(Optional.empty(), Optional.of(ProficiencyGroup.BASIC));

    /** Whether a completion of {@code programme} answers this question. */
    public boolean matches(Programme programme) {
        if (programmeId.isPresent()) {
            return programmeId.get().equals(programme.id());
        }
        return programme.level().ordinal() >= level.orElseThrow().ordinal();
    }
}
