package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the unit and flow tests (failsafe, in {@code verify}) and reads everything they
 * logged: not one demo ID number, and no twelve-digit number at all, may appear in it.
 */
class LogsCarryNoIdNumberIT {

    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{12}(?![0-9A-Za-z-])");
    static final List<String> DEMO_NUMBERS = List.of("001089000001", "079195000002", "048302000003", "001070000004");

    @Test
    void whenTheTestRunsLogsAreReadThenTheyHoldNoIdNumber() throws IOException {
        Path reports = Path.of("surefire-reports");
        List<Path> outputs;
        try (Stream<Path> files = Files.exists(reports) ? Files.list(reports) : Stream.empty()) {
            outputs = files.filter(file -> file.getFileName().toString().endsWith("-output.txt"))
                    .toList();
        }
        assertThat(outputs)
                .as("the logs of the test run in " + reports.toAbsolutePath() + " (run the tests first: ./mvnw verify)")
                .isNotEmpty();

        List<String> findings = new ArrayList<>();
        long lines = 0;
        for (Path output : outputs) {
            List<String> content = Files.readAllLines(output, StandardCharsets.UTF_8);
            lines += content.size();
            for (int index = 0; index < content.size(); index++) {
                Matcher matcher = ID_NUMBER.matcher(content.get(index));
                while (matcher.find()) {
                    findings.add(output.getFileName() + ":" + (index + 1) + " " + mask(matcher.group()));
                }
                for (String demo : DEMO_NUMBERS) {
                    if (content.get(index).contains(demo)) {
                        findings.add(output.getFileName() + ":" + (index + 1) + " a demo ID number");
                    }
                }
            }
        }

        assertThat(lines).as("lines of log read").isGreaterThan(1000);
        assertThat(findings).as("ID numbers in the test logs").isEmpty();
    }

    /** Even a finding is reported without its digits. */
    static String mask(String number) {
        return number.substring(0, 3) + "*********";
    }
}
