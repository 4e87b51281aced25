package vn.hocvuso.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.LogScanner;
import vn.hocvuso.auth.support.TestLogFile;

/**
 * The last check of the test run: the application log of every auth-server the tests ran (the
 * Spring contexts of the unit run, the jars the integration tests started) holds no ID number and
 * no token, although the tests put the demo citizens' ID numbers, forged tokens and hostile upstream
 * answers through it.
 */
@Order(Integer.MAX_VALUE)
class ApplicationLogScanIT {

    @Test
    void whenTheWholeTestRunIsOverThenTheApplicationLogHoldsNoIdNumberAndNoToken() throws IOException {
        Path testLog = TestLogFile.PATH;
        assertThat(testLog)
                .as("the unit run's application log (run the build with verify)")
                .exists();
        String content = Files.readString(testLog, StandardCharsets.UTF_8);
        assertThat(content).as("the log covers the flows").contains("Started ", "federated login failed");

        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(testLog.getParent())) {
            files.filter(Files::isRegularFile).forEach(logs::add);
        }
        Path appLogs = Path.of("app-logs");
        if (Files.isDirectory(appLogs)) {
            try (Stream<Path> files = Files.list(appLogs)) {
                files.filter(file -> file.getFileName().toString().startsWith("auth-server-"))
                        .forEach(logs::add);
            }
        }

        List<LogScanner.Finding> findings = LogScanner.scan(logs);

        long lines = 0;
        for (Path log : logs) {
            try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
                lines += all.count();
            }
        }
        System.out.println(
                "log scan: " + logs.size() + " files, " + lines + " lines, " + findings.size() + " findings");
        assertThat(findings).as("lines with personal data or tokens").isEmpty();
    }
}
