package vn.hocvuso.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan can fail: it finds what is planted, and leaves ordinary log lines alone. */
class LogScannerTest {

    @TempDir
    Path folder;

    @Test
    void whenForbiddenValuesArePlantedThenEachIsFoundByLine() throws Exception {
        Path log = folder.resolve("app.log");
        Files.write(
                log,
                List.of(
                        "2026-11-23T17:04:18.135Z  INFO 679 --- [main] started in 3.2 s",
                        "login of 048302000003 failed",
                        "looked up national_id=123456789012 quickly",
                        "Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
                        "exchanged upstream-code-1234 at the token endpoint",
                        "authorization 'da94f935-e353-4b7d-ba75-201234567890' saved at 1795455023123",
                        "kid 3x5M9_aZ sha256:AbCdEf012345678901 pool conn12"));

        List<LogScanner.Finding> findings = LogScanner.scan(List.of(log));

        assertThat(findings)
                .extracting(LogScanner.Finding::line, LogScanner.Finding::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "a demo citizen's ID number"),
                        org.assertj.core.groups.Tuple.tuple(2, "a 12-digit number"),
                        org.assertj.core.groups.Tuple.tuple(3, "a 12-digit number"),
                        org.assertj.core.groups.Tuple.tuple(4, "a JWT"),
                        org.assertj.core.groups.Tuple.tuple(5, "an upstream code or token"));
        assertThat(findings.toString()).doesNotContain("048302000003", "eyJ");
    }
}
