package vn.hocvuso.credential.provider;

import java.time.LocalDate;

/**
 * The answer to an accepted result, stored and replayed as it was. It never carries the ID number.
 *
 * @param status always {@code accepted}
 * @param programmeId the programme
 * @param moduleId the module
 * @param score the score recorded
 * @param assessedOn the assessment date recorded
 * @param passed whether the score reached the module's pass mark
 * @param passMark the module's pass mark
 * @param programmeCompleted whether the learner has completed the programme now
 */
record AcceptedResult(
        String status,
        String programmeId,
        String moduleId,
        int score,
        LocalDate assessedOn,
        boolean passed,
        int passMark,
        boolean programmeCompleted) {}
