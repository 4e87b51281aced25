package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.IntegrationTest;

/** {@code ./access-log-verify} against the running app, as an operator runs it from the repository. */
class AccessLogVerifyCommandTest extends IntegrationTest {

    static final Path COMMAND = command();

    @Test
    void whenTheOperatorRunsTheCommandThenItSealsVerifiesAndExitsZero() throws Exception {
        Run run = run(Map.of(), "--seal");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"status\":\"ok\"").contains("\"lastCheckpointSeq\"");
    }

    @Test
    void whenThePasswordIsWrongThenTheCommandFailsWithoutAReport() throws Exception {
        long checkpoints = count("access_log_checkpoint");

        Run run = run(Map.of("CREDENTIALS_OPERATOR_PASSWORD", "not-the-password"), "--seal");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).doesNotContain("\"status\"");
        assertThat(count("access_log_checkpoint")).isEqualTo(checkpoints);
    }

    private Run run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add("bash");
        builder.command().add(COMMAND.toString());
        builder.command().addAll(java.util.List.of(arguments));
        builder.environment().remove("CREDENTIALS_OPERATOR_PASSWORD");
        builder.environment().put("CREDENTIALS_URL", BASE_URL);
        builder.environment()
                .put("CREDENTIALS_DATA_DIR", dataDir().toAbsolutePath().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("access-log-verify did not finish in 60 s");
        }
        return new Run(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {}

    /** The script at the repository's root, found upwards from the tests' working folder. */
    private static Path command() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("access-log-verify"))) {
                return folder.resolve("access-log-verify");
            }
        }
        throw new IllegalStateException(
                "no access-log-verify above " + Path.of("").toAbsolutePath());
    }
}
