package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.testsupport.AppProcess;

/** The README's one command for an agency token, {@code ./client-token}, run as a person would. */
class ClientTokenScriptTest extends FlowTest {

    private record Run(int exitCode, String out, String err) {}

    private static Run clientToken(String... arguments) throws IOException, InterruptedException {
        Path root = AppProcess.repositoryRoot();
        List<String> command =
                new ArrayList<>(List.of(root.resolve("client-token").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("AUTH_URL", SERVER);
        builder.environment()
                .put(
                        "AUTH_DATA_DIR",
                        Path.of("test-data", "auth-server").toAbsolutePath().toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("client-token did not finish");
        }
        return new Run(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void whenTheAgencyRunsClientTokenThenItGetsAnAccessTokenResponse() throws Exception {
        Run run = clientToken("agency-nao");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> response =
                JsonMapper.builder().build().readValue(run.out(), new TypeReference<Map<String, Object>>() {});
        assertThat(response).containsEntry("token_type", "Bearer").containsKey("access_token");
        Map<String, Object> claims = claims((String) response.get("access_token"));
        assertThat(claims).containsEntry("sub", "agency-nao").containsEntry("scope", "competency.query");
    }

    @Test
    void whenTheProviderAsksForItsScopeThenItGetsIt() throws Exception {
        Run run = clientToken("provider-demo", "learning.submit");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("access_token");
    }

    @Test
    void whenTheScopeIsNotTheClientsThenTheErrorIsShownAndTheExitCodeIsOne() throws Exception {
        Run run = clientToken("agency-nao", "learning.submit");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("invalid_scope");
        assertThat(run.err()).contains("HTTP 400");
    }

    @Test
    void whenTheClientHasNoDemoKeyThenTheScriptSaysSo() throws Exception {
        Run run = clientToken("credential-portal");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no key for 'credential-portal'");
    }

    @Test
    void whenNoClientIsNamedThenTheUsageIsPrinted() throws Exception {
        Run run = clientToken();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("./client-token agency-nao");
    }
}
