package vn.hocvuso.credential.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.hocvuso.credential.CredentialApiApplication;

/** The whole app, started with a broken data file, refuses to start and says where the problem is. */
@ExtendWith(OutputCaptureExtension.class)
class BrokenDataFileStopsTheAppTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "credentials.framework.programmes-file | broken/programmes-unknown-competency.yaml | 186"
                        + " | module 'safety' names unknown competency '4.9'",
                "credentials.framework.file | broken/framework-unknown-digcomp.yaml | 149"
                        + " | '4.7' is not a DigComp 2.2 competency"
            })
    void whenADataFileIsBrokenThenTheAppDoesNotStartAndNamesTheLineAndTheProblem(
            String property, String file, int line, String problem, CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(CredentialApiApplication.class)
                .profiles("test")
                .properties(property + "=classpath:" + file, "server.port=0", "credentials.demo-data.enabled=false");

        assertThatThrownBy(app::run)
                .hasRootCauseInstanceOf(DataFileException.class)
                .rootCause()
                .hasMessageContaining(file + " line " + line + ": " + problem);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(file + " line " + line + ": " + problem);
    }
}
