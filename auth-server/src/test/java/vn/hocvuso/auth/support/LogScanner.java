package vn.hocvuso.auth.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Looks for what must never reach an application log: a demo citizen's ID number, any 12-digit
 * number standing alone (the shape of an ID number), a JWT ({@code eyJ...}.{@code eyJ...}), and
 * the codes and access tokens the fake upstream hands out. Reports where, never what.
 */
public final class LogScanner {

    /** One line that should not be there. */
    public record Finding(Path file, int line, String kind) {
        @Override
        public String toString() {
            return file + ":" + line + " " + kind;
        }
    }

    static final List<String> DEMO_ID_NUMBERS = List.of("001089000001", "079195000002", "048302000003", "001070000004");
    static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9A-Za-z_-])\\d{12}(?![0-9A-Za-z_-])");
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{2,}\\.eyJ[A-Za-z0-9_-]{2,}");
    static final List<String> UPSTREAM_SECRETS = List.of("upstream-code-", "upstream-access-");

    private LogScanner() {}

    public static List<Finding> scan(List<Path> files) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                scanLine(file, i + 1, lines.get(i), findings);
            }
        }
        return findings;
    }

    private static void scanLine(Path file, int number, String line, List<Finding> findings) {
        for (String id : DEMO_ID_NUMBERS) {
            if (line.contains(id)) {
                findings.add(new Finding(file, number, "a demo citizen's ID number"));
            }
        }
        if (TWELVE_DIGITS.matcher(line).find()) {
            findings.add(new Finding(file, number, "a 12-digit number"));
        }
        if (JWT.matcher(line).find()) {
            findings.add(new Finding(file, number, "a JWT"));
        }
        for (String secret : UPSTREAM_SECRETS) {
            if (line.contains(secret)) {
                findings.add(new Finding(file, number, "an upstream code or token"));
            }
        }
    }
}
