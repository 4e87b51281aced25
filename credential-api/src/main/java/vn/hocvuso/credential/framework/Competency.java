package vn.hocvuso.credential.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * A component competency of the national framework.
 *
 * @param id our stable identifier, for example {@code 1.1}
 * @param areaId the competency area it belongs to, for example {@code 1}
 * @param name its name in Vietnamese and English
 * @param digCompId the DigComp 2.2 competency it is cross-walked to, when one exists
 */
public record Competency(String id, String areaId, LocalizedText name, Optional<String> digCompId) {

    public Competency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(areaId, "areaId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digCompId, "digCompId");
    }
}
