package vn.hocvuso.credential.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import vn.hocvuso.credential.support.TestCatalog;

class AgencyQueryApiTest extends AgencyApiTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"annual-evaluation", "appointment", "recruitment"})
    void whenTheAgencyStatesEachOfItsPurposesThenItGetsTheMinimalAnswerAndTheLookIsLogged(String purpose)
            throws Exception {
        String idNumber = freshIdNumber();
        complete(idNumber, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T20:30:00Z"));
        long before = logEntries();

        query(NAO, queryBody(idNumber, purpose))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certified").value(true))
                .andExpect(jsonPath("$.level").value("basic"))
                .andExpect(jsonPath("$.since").value("2026-03-03")) // the date in Vietnam (UTC+7)
                .andExpect(jsonPath("$.currentlyValid").value(true))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(content().string(not(containsString(idNumber))));

        assertThat(logEntries()).isEqualTo(before + 1);
        Map<String, Object> entry = lastEntry();
        assertThat(entry)
                .containsEntry("AGENCY_ID", NAO)
                .containsEntry("PURPOSE", purpose)
                .containsEntry("CHANNEL", "single")
                .containsEntry("SUBJECT_KEY", key(idNumber).value())
                .containsEntry("ANSWER", "certified:basic:valid")
                .containsEntry("OUTCOME", "answered");
    }

    @Test
    void whenAPersonIsUnknownOrUncertifiedThenTheAnswerIsTheSame() throws Exception {
        String unknown = freshIdNumber();
        String uncertified = freshIdNumber();
        complete(uncertified, TestCatalog.PUBLIC_SERVICE, Instant.parse("2026-01-10T03:00:00Z"));

        String forUnknown = query(
                        NAO,
                        queryBody(unknown, "annual-evaluation")
                                .replace(
                                        "\"level\":\"basic\"",
                                        "\"programme\":\"" + TestCatalog.NATIONAL_ASSEMBLY + "\""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forUncertified = query(
                        NAO,
                        queryBody(uncertified, "annual-evaluation")
                                .replace(
                                        "\"level\":\"basic\"",
                                        "\"programme\":\"" + TestCatalog.NATIONAL_ASSEMBLY + "\""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(forUnknown).isEqualTo(forUncertified).isEqualTo("{\"certified\":false,\"currentlyValid\":false}");
    }

    @Test
    void whenAHigherLevelProgrammeIsCompletedThenTheBasicLevelQuestionIsAnsweredWithIt() throws Exception {
        String idNumber = freshIdNumber();
        complete(idNumber, TestCatalog.PUBLIC_SERVICE, Instant.parse("2026-02-01T03:00:00Z"));

        query(NAO, queryBody(idNumber, "appointment"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certified").value(true))
                .andExpect(jsonPath("$.level").value("intermediate"));
    }

    @Test
    void whenThePurposeIsNotAllowedThen403AndTheAttemptIsLoggedAsRefused() throws Exception {
        String idNumber = freshIdNumber();
        complete(idNumber, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
        AgencyCounts before = agencyCounts();

        query(NAO, queryBody(idNumber, "credit-scoring"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:purpose-not-allowed"))
                .andExpect(jsonPath("$.certified").doesNotExist());

        AgencyCounts after = agencyCounts();
        assertThat(after.logEntries()).isEqualTo(before.logEntries() + 1);
        assertThat(after)
                .isEqualTo(new AgencyCounts(
                        before.logEntries() + 1,
                        before.rosters(),
                        before.units(),
                        before.members(),
                        before.learners(),
                        before.credentials()));
        assertThat(lastEntry())
                .containsEntry("PURPOSE", "credit-scoring")
                .containsEntry("SUBJECT_KEY", key(idNumber).value())
                .containsEntry("ANSWER", "purpose-not-allowed")
                .containsEntry("OUTCOME", "refused");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00108900000", // 11 digits
                "0010890000011", // 13 digits
                "00108900000A", // a letter
                "999089000001", // not a province code
                "001299000001", // born 2099: in the future
                " 001089000001", // a space
                "" // empty
            })
    void whenTheIdNumberIsMalformedThen400AndARefusalWithoutSubjectIsLogged(String idNumber) throws Exception {
        AgencyCounts before = agencyCounts();

        query(NAO, queryBody(idNumber, "annual-evaluation"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:malformed-id-number"));

        AgencyCounts after = agencyCounts();
        assertThat(after.logEntries()).isEqualTo(before.logEntries() + 1);
        assertThat(after.rosters() + after.members() + after.learners())
                .isEqualTo(before.rosters() + before.members() + before.learners());
        assertThat(lastEntry())
                .containsEntry("SUBJECT_KEY", null)
                .containsEntry("ANSWER", "malformed-id")
                .containsEntry("OUTCOME", "refused");
    }

    @Test
    void whenTheIdNumberIsMissingOrNotAStringThen400AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        query(NAO, "{\"level\":\"basic\",\"purpose\":\"annual-evaluation\"}").andExpect(status().isBadRequest());
        query(NAO, "{\"idNumber\":[1],\"level\":\"basic\",\"purpose\":\"annual-evaluation\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheBodyIsMalformedOrTheQuestionIncompleteThen400ProblemsAndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();
        String idNumber = freshIdNumber();

        query(NAO, "{not json")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        query(NAO, "{\"idNumber\":\"" + idNumber + "\",\"purpose\":\"annual-evaluation\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:invalid-question"));
        query(NAO, "{\"idNumber\":\"" + idNumber + "\",\"level\":\"expert\",\"purpose\":\"annual-evaluation\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:unknown-level"));
        query(NAO, "{\"idNumber\":\"" + idNumber + "\",\"programme\":\"nope\",\"purpose\":\"annual-evaluation\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:unknown-programme"));
        query(NAO, "{\"idNumber\":\"" + idNumber + "\",\"level\":\"basic\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:malformed-request"));
        query(NAO, "{\"idNumber\":\"" + idNumber + "\",\"level\":\"basic\",\"purpose\":\"DROP TABLE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:malformed-request"));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheClientIsNotARegisteredAgencyThen403AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        query("provider-demo", queryBody(freshIdNumber(), "annual-evaluation"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:unregistered-agency"));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheTokenLacksTheScopeThen403AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        mvc.perform(post(QUERIES)
                        .header("Authorization", AgencyTokens.token(NAO, "learning.submit", BASE_URL))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(queryBody(freshIdNumber(), "annual-evaluation")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", containsString("insufficient_scope")))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:insufficient-scope"));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenThereIsNoTokenOrATokenForAnotherAudienceThen401AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        mvc.perform(post(QUERIES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(queryBody(freshIdNumber(), "annual-evaluation")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:invalid-token"));
        mvc.perform(post(QUERIES)
                        .header(
                                "Authorization",
                                AgencyTokens.token(NAO, AgencyTokens.SCOPE, "https://elsewhere.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(queryBody(freshIdNumber(), "annual-evaluation")))
                .andExpect(status().isUnauthorized());

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheBodyIsOverTheSizeLimitThen413AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();
        String padding = " ".repeat(2 * 1024 * 1024 + 1);

        query(NAO, queryBody(freshIdNumber(), "annual-evaluation") + padding)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    private Map<String, Object> lastEntry() {
        return jdbc.sql("SELECT * FROM access_log_entry ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .query()
                .singleRow();
    }
}
