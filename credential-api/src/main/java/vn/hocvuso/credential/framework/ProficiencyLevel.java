package vn.hocvuso.credential.framework;

import java.util.Objects;

/**
 * One of the eight proficiency levels and the group it belongs to (DigComp 2.2: levels 1–2
 * foundation, 3–4 intermediate, 5–6 advanced, 7–8 highly specialised).
 *
 * @param level 1 to 8
 * @param group the group of the level
 * @param name the level's name
 */
public record ProficiencyLevel(int level, ProficiencyGroup group, LocalizedText name) {

    public ProficiencyLevel {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("a proficiency level is 1 to 8");
        }
    }

    /** The group DigComp 2.2 puts {@code level} in: two levels per group, in order. */
    public static ProficiencyGroup groupOf(int level) {
        return ProficiencyGroup.values()[(level - 1) / 2];
    }
}
