package vn.hocvuso.credential.portal;

import java.util.List;
import java.util.Optional;
import vn.hocvuso.credential.framework.ProgrammeModule;

/**
 * A module on the learner's programme page.
 *
 * @param module the module
 * @param competencies its competencies, labelled
 * @param state where the learner stands
 * @param bestScore the best score recorded
 * @param failedAttempts failed results so far
 * @param answered questions answered in the quiz in progress
 * @param questions questions in the quiz
 * @param retryFrom when a failed quiz may be taken again, formatted, if not now
 */
record ModuleCard(
        ProgrammeModule module,
        List<String> competencies,
        State state,
        Optional<Integer> bestScore,
        int failedAttempts,
        int answered,
        int questions,
        Optional<String> retryFrom) {

    enum State {
        NOT_STARTED,
        IN_PROGRESS,
        WAITING,
        PASSED
    }

    /** The bar's value: a passed module is full; otherwise the share of questions answered so far. */
    public int percent() {
        return state == State.PASSED ? 100 : answered * 100 / questions;
    }
}
