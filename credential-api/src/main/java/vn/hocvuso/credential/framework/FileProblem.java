package vn.hocvuso.credential.framework;

import java.util.Objects;

/**
 * One problem found in a data file: where it is and what is wrong.
 *
 * @param file the file, as configured (for example {@code framework/national-framework.yaml})
 * @param line the 1-based line the problem is on
 * @param message what is wrong, in words an operator can act on
 */
public record FileProblem(String file, int line, String message) {

    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + " line " + line + ": " + message;
    }
}
