package vn.hocvuso.credential.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import vn.hocvuso.credential.support.TestCatalog;

/** Every agency path, good and bad, with debug logging on: no ID number reaches the log. */
@ExtendWith(OutputCaptureExtension.class)
class AgencyLogsCarryNoIdNumberTest extends AgencyApiTestBase {

    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{12}(?![0-9A-Za-z-])");
    static final List<String> DEBUG_LOGGERS = List.of(
            "vn.hocvuso", "org.springframework.security", "org.springframework.web", "org.springframework.jdbc");

    @BeforeEach
    void logEverything() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        logging.setLogLevel("WireMock", LogLevel.WARN);
    }

    @AfterEach
    void logAsBefore() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void whenIdNumbersFlowThroughEveryAgencyPathThenNoneIsLogged(CapturedOutput output) throws Exception {
        String certified = freshIdNumber();
        String other = freshIdNumber();
        complete(certified, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
        query(NAO, queryBody(certified, "annual-evaluation"));
        query(NAO, queryBody(other, "credit-scoring"));
        query(NAO, queryBody("99908900000", "annual-evaluation"));
        mvc.perform(post(QUERIES + "/bulk?purpose=annual-evaluation&level=basic")
                .header("Authorization", token(NAO))
                .contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + certified + "\",\"" + other + "\",\"999089000001\"]"));
        mvc.perform(post(QUERIES + "/bulk?purpose=annual-evaluation&level=basic")
                .header("Authorization", token(NAO))
                .header("Accept", "text/csv")
                .contentType("text/csv")
                .content(certified + "\n" + other + "\n"));
        String rosterId = "logs-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/v1/agency/rosters/" + rosterId)
                .header("Authorization", token(NAO))
                .contentType("text/csv")
                .content("a,Unit A," + certified + "\nb,Unit B," + other + "\n"));
        mvc.perform(put("/api/v1/agency/rosters/" + rosterId + "-bad")
                .header("Authorization", token(NAO))
                .contentType("text/csv")
                .content("a,Unit A," + certified + "\nb,Unit B,00108500000\n"));
        mvc.perform(get("/api/v1/agency/rosters/" + rosterId + "/completion?purpose=annual-evaluation")
                .header("Authorization", token(NAO)));
        String password = Files.readString(dataDir().resolve(AgencyPasswords.fileName(NAO)))
                .strip();
        mvc.perform(get("/agency/dashboard?roster=" + rosterId)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((NAO + ":" + password).getBytes(StandardCharsets.UTF_8))));

        String log = output.getAll();
        assertThat(log).as("the run was logged at debug level").contains("DEBUG");
        assertThat(log).doesNotContain(certified).doesNotContain(other);
        assertThat(ID_NUMBER.matcher(log).results().map(match -> match.group()).toList())
                .isEmpty();
    }
}
