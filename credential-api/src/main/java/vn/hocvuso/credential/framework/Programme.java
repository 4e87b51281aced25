package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Objects;

/**
 * A programme whose completion earns a certificate (an Open Badges 3.0 achievement).
 *
 * @param id stable identifier, for example {@code bdhvs-digital-national-assembly}
 * @param name the programme's (and the achievement's) name
 * @param description what it covers
 * @param level the proficiency group the certificate attests
 * @param criteria what a learner must do to earn it, in words (Open Badges {@code criteria.narrative})
 * @param modules its modules; passing every one completes the programme
 */
public record Programme(
        String id,
        LocalizedText name,
        LocalizedText description,
        ProficiencyGroup level,
        LocalizedText criteria,
        List<ProgrammeModule> modules) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(criteria, "criteria");
        modules = List.copyOf(modules);
    }
}
