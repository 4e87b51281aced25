package vn.hocvuso.credential.framework;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken framework or programme file into a short start-up report instead of a stack trace. */
class DataFileFailureAnalyzer extends AbstractFailureAnalyzer<DataFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFileException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the file at the lines named above (see the README, section 'The framework and programme"
                        + " files'), or point credentials.framework.file / credentials.framework.programmes-file at"
                        + " a valid file.",
                cause);
    }
}
