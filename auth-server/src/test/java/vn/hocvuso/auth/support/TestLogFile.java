package vn.hocvuso.auth.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The application log of the whole test run ({@code logging.file.name} of the test profile), which
 * the last check scans for ID numbers and tokens. The unit-test run starts it afresh (system
 * property {@value #FRESH}), the integration-test run appends to it.
 */
public final class TestLogFile implements LauncherSessionListener {

    public static final String FRESH = "auth.test-log.fresh";
    public static final Path PATH = Path.of("test-logs", "auth-server-tests.log");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean(FRESH)) {
            return;
        }
        try (var files =
                Files.exists(PATH.getParent()) ? Files.list(PATH.getParent()) : java.util.stream.Stream.<Path>empty()) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test log afresh", e);
        }
    }
}
