package vn.hocvuso.credential.framework;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one or more data files; reading goes on so that all are reported at once. */
final class FileProblems {

    private final List<FileProblem> problems = new ArrayList<>();

    void add(String file, int line, String message) {
        problems.add(new FileProblem(file, line, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Stops here when anything was wrong: a file with problems is never half used. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
    }
}
