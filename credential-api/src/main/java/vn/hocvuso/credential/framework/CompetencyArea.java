package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.Objects;

/**
 * A competency area of the framework, for example {@code 4} "An toàn" / "Safety".
 *
 * @param id its number as text
 * @param name its name
 * @param competencies its component competencies, in order
 */
public record CompetencyArea(String id, LocalizedText name, List<Competency> competencies) {

    public CompetencyArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        competencies = List.copyOf(competencies);
    }
}
