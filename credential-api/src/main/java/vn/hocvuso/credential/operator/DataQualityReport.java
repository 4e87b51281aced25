package vn.hocvuso.credential.operator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.hocvuso.credential.framework.LocalizedText;

/**
 * What the operators' data-quality view shows: whether the learning data is correct, complete,
 * clean and live.
 *
 * @param generatedAt when it was computed
 * @param rejectionsByReason provider submissions rejected, by reason
 * @param rejectedTotal all rejected provider submissions
 * @param duplicatesCaught retried provider submissions answered from the stored response, not counted twice
 * @param learners learners known
 * @param learnersWithIncompleteRecords learners enrolled in a programme they have not completed
 * @param learnersNeverLoggedIn learners known only from seeded data (no national-identity login yet)
 * @param recordsOutsideCatalogue records naming a programme or module the catalogue no longer has
 * @param programmes per programme
 */
public record DataQualityReport(
        Instant generatedAt,
        Map<String, Long> rejectionsByReason,
        long rejectedTotal,
        long duplicatesCaught,
        long learners,
        long learnersWithIncompleteRecords,
        long learnersNeverLoggedIn,
        long recordsOutsideCatalogue,
        List<ProgrammeQuality> programmes) {

    /**
     * @param programmeId the programme
     * @param name its name
     * @param enrolled learners enrolled
     * @param completed learners who completed it
     * @param incomplete learners enrolled who have not completed it
     * @param passedAllButNotCompleted learners with every module passed but no completion record:
     *     should be 0; anything else is an inconsistency to investigate
     */
    public record ProgrammeQuality(
            String programmeId,
            LocalizedText name,
            long enrolled,
            long completed,
            long incomplete,
            long passedAllButNotCompleted) {}
}
