package vn.hocvuso.credential.framework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A framework or programme file that cannot be used: the app refuses to start with it, and the
 * message lists every problem with its file and line.
 */
public final class DataFileException extends RuntimeException {

    private final transient List<FileProblem> problems;

    public DataFileException(List<FileProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }

    private static String describe(List<FileProblem> problems) {
        String noun = problems.size() == 1 ? "problem" : "problems";
        return problems.size() + " " + noun + " in the framework data:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
    }
}
