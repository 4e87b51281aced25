package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Objects;

/**
 * A module of a programme: what it teaches and the mark that passes it.
 *
 * @param id stable identifier, unique within the programme
 * @param title the module's title
 * @param competencyIds the framework competencies the module is aligned to
 * @param passMarkPercent the score, in percent, at or above which the module is passed
 */
public record ProgrammeModule(String id, LocalizedText title, List<String> competencyIds, int passMarkPercent) {

    public ProgrammeModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        competencyIds = List.copyOf(competencyIds);
    }
}
