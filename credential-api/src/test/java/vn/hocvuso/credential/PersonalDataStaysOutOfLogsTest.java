package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.hocvuso.credential.support.AuthServerStandIn;
import vn.hocvuso.credential.support.CookieSession;
import vn.hocvuso.credential.support.LearningTestAuthServer;
import vn.hocvuso.credential.support.PortalIntegrationTest;

/**
 * Walks every path that handles an ID number or a name (login, portal pages, provider submissions
 * good and bad, bulk) with DEBUG logging on, and checks that none of it reached the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysOutOfLogsTest extends PortalIntegrationTest {

    /** Twelve digits standing alone: the shape of an ID number (a UUID's last group is not one). */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{12}(?![0-9A-Za-z-])");

    static final List<String> DEBUG_LOGGERS = List.of(
            "vn.hocvuso", "org.springframework.security", "org.springframework.web", "org.springframework.jdbc");

    /**
     * WireMock plays auth-server, which holds the citizens' data: its request journal is the
     * stand-in's log, not ours. application-test.yml quiets it, but a later test context may have
     * re-initialised logging since, so this test sets it itself.
     */
    static final String STAND_IN_LOGGER = "WireMock";

    @BeforeEach
    void logEverything() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        logging.setLogLevel(STAND_IN_LOGGER, LogLevel.WARN);
    }

    @AfterEach
    void logAsBefore() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void whenPersonalDataFlowsThroughEveryPathThenNoIdNumberOrNameIsLogged(CapturedOutput output) throws Exception {
        String nationalId = freshNationalId();
        CookieSession session = new AuthServerStandIn(mvc, authServer, authServerUrl)
                .login(
                        "pairwise-" + UUID.randomUUID(),
                        Map.of(
                                "national_id", nationalId,
                                "given_name", "Thị Nhật Lệ",
                                "family_name", "Vương",
                                "birthdate", "1993-04-30",
                                "acr", "urn:vn:vneid:loa:2"));
        session.perform(get("/learn"));
        session.perform(post("/learn/programmes/bdhvs-digital-national-assembly/enrolment")
                .with(csrf()));
        session.perform(get("/learn/records"));
        for (String id : List.of(
                nationalId, "001089000001", "079195000002", "048302000003", "000000000001", freshNationalId())) {
            submit(id, 90);
            submit(id, 150);
        }
        mvc.perform(post("/api/v1/provider/results/bulk")
                .contentType("text/csv")
                .content("nationalId,programmeId,moduleId,score,assessedOn\n" + nationalId
                        + ",bdhvs-digital-national-assembly,safety,90," + LocalDate.now() + "\n"
                        + "079195000002,x,y,1,2\n"
                        + "048302000003,\"broken\n")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Authorization", "Bearer " + LearningTestAuthServer.providerToken(authServerUrl)));

        String log = output.getAll();
        assertThat(log).as("the run was logged at debug level").contains("DEBUG");
        assertThat(log)
                .doesNotContain(nationalId)
                .doesNotContain("001089000001")
                .doesNotContain("079195000002")
                .doesNotContain("048302000003")
                .doesNotContain("Nhật Lệ")
                .doesNotContain("Vương")
                .doesNotContain("1993-04-30");
        assertThat(ID_NUMBER.matcher(log).results().map(match -> match.group()).toList())
                .isEmpty();
    }

    void submit(String nationalId, int score) throws Exception {
        mvc.perform(post("/api/v1/provider/results")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nationalId\":\"" + nationalId + "\",\"programmeId\":\"bdhvs-digital-national-assembly\","
                        + "\"moduleId\":\"safety\",\"score\":" + score + ",\"assessedOn\":\"" + LocalDate.now() + "\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Authorization", "Bearer " + LearningTestAuthServer.providerToken(authServerUrl)));
    }
}
