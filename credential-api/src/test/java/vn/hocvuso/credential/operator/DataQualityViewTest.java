package vn.hocvuso.credential.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.support.Counts;
import vn.hocvuso.credential.support.Learners;
import vn.hocvuso.credential.support.LearningTestAuthServer;
import vn.hocvuso.credential.support.PortalIntegrationTest;

class DataQualityViewTest extends PortalIntegrationTest {

    static final Path PASSWORD_FILE = Path.of("test-data", "credential-api", OperatorPassword.FILE_NAME);
    static final String PROGRAMME = "bdhvs-digital-national-assembly";

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenNoPasswordIsConfiguredThenOneIsGeneratedIntoAnOwnerOnlyFile() throws Exception {
        assertThat(PASSWORD_FILE).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PASSWORD_FILE)))
                .isEqualTo("rw-------");
        assertThat(password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void whenTheOperatorApiIsCalledWithoutCredentialsThenItAsksForThemWithAProblemAndChangesNothing() throws Exception {
        Counts before = counts();

        mvc.perform(get("/api/v1/operator/data-quality"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:operator-login-required"));
        mvc.perform(get("/api/v1/operator/data-quality").with(httpBasic("operator", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/operator/data-quality").with(httpBasic("someone", password())))
                .andExpect(status().isUnauthorized());

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenALearnerSessionAsksForTheOperatorViewThenItIsRefused() throws Exception {
        // A real portal session is not even read by the stateless operator chain (401); a test login
        // injected into the security context is authenticated but not an operator (403).
        mvc.perform(get("/operator/data-quality").with(oidcLogin().oidcUser(Learners.oidcUser(loggedInLearner()))))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
    }

    @Test
    void whenSubmissionsAreRejectedOrRetriedThenTheViewCountsThemByReasonAndDuplicatesCaught() throws Exception {
        Learner learner = loggedInLearner();
        JsonNode before = report();

        submit(UUID.randomUUID().toString(), learner.nationalId(), 150); // score out of range
        submit(UUID.randomUUID().toString(), "000000000000", 90); // malformed ID number
        String key = UUID.randomUUID().toString();
        submit(key, learner.nationalId(), 60); // accepted, module not passed: an incomplete record
        submit(key, learner.nationalId(), 60); // retried: a duplicate caught

        JsonNode after = report();
        assertThat(reason(after, "score-out-of-range")).isEqualTo(reason(before, "score-out-of-range") + 1);
        assertThat(reason(after, "invalid-national-id")).isEqualTo(reason(before, "invalid-national-id") + 1);
        assertThat(after.get("rejectedTotal").asLong())
                .isEqualTo(before.get("rejectedTotal").asLong() + 2);
        assertThat(after.get("duplicatesCaught").asLong())
                .isEqualTo(before.get("duplicatesCaught").asLong() + 1);
        assertThat(after.get("learnersWithIncompleteRecords").asLong())
                .isEqualTo(before.get("learnersWithIncompleteRecords").asLong() + 1);
        assertThat(after.get("programmes").get(0).get("enrolled").asLong())
                .isEqualTo(before.get("programmes").get(0).get("enrolled").asLong() + 1);
        assertThat(after.get("programmes")
                        .get(0)
                        .get("passedAllButNotCompleted")
                        .asLong())
                .isZero();
        assertThat(after.get("recordsOutsideCatalogue").asLong()).isZero();
        assertThat(after.toString()).doesNotContainPattern("[0-9]{12}");
    }

    @Test
    void whenTheOperatorOpensTheViewThenItIsAReadablePageInVietnamese() throws Exception {
        mvc.perform(get("/operator/data-quality").with(httpBasic("operator", password())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\">")))
                .andExpect(content().string(containsString("Chất lượng dữ liệu học tập")))
                .andExpect(content().string(containsString("id=\"duplicates-caught\"")))
                .andExpect(content().string(containsString("Bình dân học vụ số – Quốc hội số")));
        mvc.perform(get("/operator/data-quality").param("lang", "en").with(httpBasic("operator", password())))
                .andExpect(content().string(containsString("Learning data quality")));
    }

    @Test
    void whenTheDemoDataIsLoadedThenTheViewCountsItsLearnersAsNeverLoggedIn() throws Exception {
        JsonNode report = report();

        assertThat(report.get("learners").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(report.get("learnersNeverLoggedIn").asLong()).isGreaterThanOrEqualTo(3);
    }

    JsonNode report() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/operator/data-quality").with(httpBasic("operator", password())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static long reason(JsonNode report, String reason) {
        JsonNode count = report.get("rejectionsByReason").get(reason);
        return count == null ? 0 : count.asLong();
    }

    void submit(String key, String nationalId, int score) throws Exception {
        mvc.perform(post("/api/v1/provider/results")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nationalId\":\"" + nationalId + "\",\"programmeId\":\"" + PROGRAMME
                        + "\",\"moduleId\":\"safety\",\"score\":" + score + ",\"assessedOn\":\"" + LocalDate.now()
                        + "\"}")
                .header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + LearningTestAuthServer.providerToken(authServerUrl)));
    }

    static String password() throws Exception {
        return Files.readString(PASSWORD_FILE).strip();
    }
}
