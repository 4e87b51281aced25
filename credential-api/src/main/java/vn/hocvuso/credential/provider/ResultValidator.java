package vn.hocvuso.credential.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.learning.LearningCalendar;

/**
 * Checks a provider's result field by field, in a fixed order, and stops at the first problem.
 *
 * <p>"Unknown to the national identity": credential-api knows a person only through their
 * national-identity login (or the seeded demo data), so a well-formed number with no learner
 * record is refused as {@code unknown-learner}; the provider asks the learner to log in once.
 */
@Component
class ResultValidator {

    private final YamlProgrammeCatalog catalog;
    private final LearnerKeys keys;
    private final JdbcLearnerDirectory learners;
    private final Clock clock;

    ResultValidator(YamlProgrammeCatalog catalog, LearnerKeys keys, JdbcLearnerDirectory learners, Clock clock) {
        this.catalog = catalog;
        this.keys = keys;
        this.learners = learners;
        this.clock = clock;
    }

    Checked check(SubmittedResult submitted) {
        LocalDate today = LearningCalendar.today(clock);
        if (blank(submitted.nationalId())) {
            return missing("nationalId");
        }
        if (blank(submitted.programmeId())) {
            return missing("programmeId");
        }
        if (blank(submitted.moduleId())) {
            return missing("moduleId");
        }
        if (blank(submitted.score())) {
            return missing("score");
        }
        if (blank(submitted.assessedOn())) {
            return missing("assessedOn");
        }
        NationalIdNumber.Parsed number = NationalIdNumber.parse(submitted.nationalId(), today);
        if (!number.isValid()) {
            return Checked.rejected(
                    RejectionReason.INVALID_NATIONAL_ID,
                    "nationalId is malformed: " + number.problem().orElseThrow());
        }
        ProgrammeDefinition programme =
                catalog.definition(submitted.programmeId()).orElse(null);
        if (programme == null) {
            return Checked.rejected(
                    RejectionReason.UNKNOWN_PROGRAMME,
                    "no programme '" + printable(submitted.programmeId()) + "'; see GET /api/v1/programmes");
        }
        if (programme.module(submitted.moduleId()).isEmpty()) {
            return Checked.rejected(
                    RejectionReason.UNKNOWN_MODULE,
                    "programme '" + programme.id() + "' has no module '" + printable(submitted.moduleId()) + "'");
        }
        if (!submitted.score().matches("-?[0-9]{1,9}")) {
            return Checked.rejected(RejectionReason.INVALID_FIELD, "score must be a whole number from 0 to 100");
        }
        int score = Integer.parseInt(submitted.score());
        if (score < 0 || score > 100) {
            return Checked.rejected(
                    RejectionReason.SCORE_OUT_OF_RANGE, "score " + score + " is outside 0 to 100 (percent)");
        }
        LocalDate assessedOn;
        try {
            assessedOn = LocalDate.parse(submitted.assessedOn());
        } catch (DateTimeParseException e) {
            return Checked.rejected(RejectionReason.INVALID_FIELD, "assessedOn must be a date as YYYY-MM-DD");
        }
        if (assessedOn.isAfter(today)) {
            return Checked.rejected(
                    RejectionReason.FUTURE_DATE,
                    "assessedOn " + assessedOn + " is after today (" + today + ", Vietnam time)");
        }
        LearnerKey learner = keys.of(number.number().orElseThrow().digits());
        if (!learners.exists(learner)) {
            return Checked.rejected(
                    RejectionReason.UNKNOWN_LEARNER,
                    "no learner with this personal identification number has logged in with the national identity;"
                            + " ask them to log in to the portal once");
        }
        return Checked.valid(new ValidResult(learner, programme.id(), submitted.moduleId(), score, assessedOn));
    }

    private static Checked missing(String field) {
        return Checked.rejected(RejectionReason.INVALID_FIELD, field + " is required");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Echoes an identifier the caller sent only when it is short and plain, never arbitrary input. */
    private static String printable(String value) {
        return value.length() <= 64 && value.matches("[A-Za-z0-9._-]*") && !value.matches(".*[0-9]{9,}.*")
                ? value
                : "(not shown)";
    }
}
