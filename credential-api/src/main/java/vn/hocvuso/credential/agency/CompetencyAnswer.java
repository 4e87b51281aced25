package vn.hocvuso.credential.agency;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.hocvuso.credential.framework.ProficiencyGroup;

/**
 * The minimal answer about one person: certified or not, at which level, since when, and whether
 * the certificate is currently valid. No name, score or birth date. A person we do not know gets
 * {@link #NOT_CERTIFIED}, the same answer as a known person who has not completed a programme.
 */
public record CompetencyAnswer(
        boolean certified, Optional<ProficiencyGroup> level, Optional<LocalDate> since, boolean currentlyValid) {

    public static final CompetencyAnswer NOT_CERTIFIED =
            new CompetencyAnswer(false, Optional.empty(), Optional.empty(), false);

    public static CompetencyAnswer certified(ProficiencyGroup level, LocalDate since, boolean currentlyValid) {
        return new CompetencyAnswer(true, Optional.of(level), Optional.of(since), currentlyValid);
    }

    /** The answer as the access log records it: {@code certified:basic:valid}, {@code not-certified}. */
    public String code() {
        if (!certified) {
            return "not-certified";
        }
        return "certified:" + levelText().orElseThrow() + ":" + (currentlyValid ? "valid" : "not-valid");
    }

    public Optional<String> levelText() {
        return level.map(group -> group.name().toLowerCase(Locale.ROOT));
    }
}
