package vn.hocvuso.credential.learning;

import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.framework.ProgrammeModule;

/**
 * Where a learner stands in one module, from their records.
 *
 * @param module the module
 * @param passed whether a result reached the pass mark
 * @param bestScore the best score recorded, if any
 * @param failedAttempts how many results stayed under the pass mark
 */
public record ModuleProgress(ProgrammeModule module, boolean passed, Optional<Integer> bestScore, int failedAttempts) {

    public ModuleProgress {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(bestScore, "bestScore");
    }
}
