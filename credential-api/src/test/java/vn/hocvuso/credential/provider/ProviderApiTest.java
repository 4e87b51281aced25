package vn.hocvuso.credential.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningEvent;
import vn.hocvuso.credential.learning.LearningEventType;
import vn.hocvuso.credential.learning.ProgrammeCompletions;
import vn.hocvuso.credential.support.Counts;
import vn.hocvuso.credential.support.LearningTestAuthServer;
import vn.hocvuso.credential.support.PortalIntegrationTest;

class ProviderApiTest extends PortalIntegrationTest {

    static final String RESULTS = "/api/v1/provider/results";
    static final String PROGRAMME = "bdhvs-digital-national-assembly";
    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    @Autowired
    JdbcLearningRecords records;

    @Autowired
    ProgrammeCompletions completions;

    @Test
    void whenAProviderSubmitsAValidResultThenItIsRecordedWithTheProviderAsSource() throws Exception {
        Learner learner = loggedInLearner();
        Counts before = counts();

        submit(UUID.randomUUID().toString(), result(learner.nationalId(), "information", 85, YESTERDAY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.programmeId").value(PROGRAMME))
                .andExpect(jsonPath("$.moduleId").value("information"))
                .andExpect(jsonPath("$.score").value(85))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.passMark").value(70))
                .andExpect(jsonPath("$.programmeCompleted").value(false))
                .andExpect(jsonPath("$.nationalId").doesNotExist())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(learner.nationalId()))));

        List<LearningEvent> events = records.of(learner.key());
        assertThat(events)
                .extracting(LearningEvent::type)
                .containsExactly(LearningEventType.ENROLLED, LearningEventType.MODULE_PASSED);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.source().value()).isEqualTo("provider:provider-demo");
            assertThat(event.frameworkVersion()).isEqualTo("2026.1");
        });
        assertThat(events.get(1).assessedOn()).contains(LocalDate.parse(YESTERDAY));
        Counts after = counts();
        assertThat(after.events()).isEqualTo(before.events() + 2);
        assertThat(after.submissions()).isEqualTo(before.submissions() + 1);
    }

    @Test
    void whenTheSameSubmissionIsRetriedThenTheStoredAnswerIsReplayedAndCountedOnce() throws Exception {
        Learner learner = loggedInLearner();
        String key = UUID.randomUUID().toString();
        String body = result(learner.nationalId(), "safety", 60, YESTERDAY);
        String first = submit(key, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Counts before = counts();

        String second = submit(key, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(second).isEqualTo(first);
        Counts after = counts();
        assertThat(after.withoutLog()).isEqualTo(before.withoutLog());
        assertThat(after.replays()).isEqualTo(before.replays() + 1);
        assertThat(records.of(learner.key()))
                .filteredOn(event -> event.type() == LearningEventType.MODULE_FAILED)
                .hasSize(1);
    }

    @Test
    void whenAnIdempotencyKeyIsReusedForAnotherResultThenItIsRefusedAndNothingChanges() throws Exception {
        Learner learner = loggedInLearner();
        String key = UUID.randomUUID().toString();
        submit(key, result(learner.nationalId(), "safety", 90, YESTERDAY)).andExpect(status().isCreated());
        Counts before = counts();

        expectProblem(
                submit(key, result(learner.nationalId(), "safety", 95, YESTERDAY)), 422, "idempotency-key-reused");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
        assertThat(counts().rejections()).isEqualTo(before.rejections() + 1);
    }

    static Stream<Arguments> badResults() {
        String demo = "001089000001"; // a learner the demo data knows
        String nobody = freshNationalId(); // well formed, never logged in
        return Stream.of(
                Arguments.of("score above 100", result(demo, "safety", 101, YESTERDAY), 422, "score-out-of-range"),
                Arguments.of("negative score", result(demo, "safety", -1, YESTERDAY), 422, "score-out-of-range"),
                Arguments.of(
                        "unknown programme",
                        result(demo, "safety", 90, YESTERDAY).replace(PROGRAMME, "no-such-programme"),
                        422,
                        "unknown-programme"),
                Arguments.of("unknown module", result(demo, "no-such-module", 90, YESTERDAY), 422, "unknown-module"),
                Arguments.of(
                        "future date",
                        result(demo, "safety", 90, LocalDate.now().plusDays(2).toString()),
                        422,
                        "future-date"),
                Arguments.of(
                        "ID number of 11 digits",
                        result("00108900000", "safety", 90, YESTERDAY),
                        422,
                        "invalid-national-id"),
                Arguments.of(
                        "ID number with an unknown province",
                        result("000089000001", "safety", 90, YESTERDAY),
                        422,
                        "invalid-national-id"),
                Arguments.of(
                        "ID number born in the future",
                        result("001299000001", "safety", 90, YESTERDAY),
                        422,
                        "invalid-national-id"),
                Arguments.of(
                        "ID number with letters",
                        result("00108900000X", "safety", 90, YESTERDAY),
                        422,
                        "invalid-national-id"),
                Arguments.of(
                        "learner unknown to the national identity",
                        result(nobody, "safety", 90, YESTERDAY),
                        422,
                        "unknown-learner"),
                Arguments.of(
                        "score as text",
                        result(demo, "safety", 90, YESTERDAY).replace("\"score\":90", "\"score\":\"90\""),
                        400,
                        "invalid-field"),
                Arguments.of(
                        "fractional score",
                        result(demo, "safety", 90, YESTERDAY).replace("\"score\":90", "\"score\":90.5"),
                        400,
                        "invalid-field"),
                Arguments.of(
                        "ID number as a JSON number",
                        result(demo, "safety", 90, YESTERDAY).replace("\"" + demo + "\"", "1089000001"),
                        400,
                        "invalid-field"),
                Arguments.of(
                        "missing score",
                        result(demo, "safety", 90, YESTERDAY).replace(",\"score\":90", ""),
                        400,
                        "invalid-field"),
                Arguments.of("date in another format", result(demo, "safety", 90, "10/03/2026"), 400, "invalid-field"),
                Arguments.of("not JSON", "{\"nationalId\": ", 400, "malformed-body"),
                Arguments.of("a JSON array", "[]", 400, "malformed-body"),
                Arguments.of(
                        "a key twice",
                        result(demo, "safety", 90, YESTERDAY).replace("{", "{\"score\":100,"),
                        400,
                        "malformed-body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badResults")
    void whenAResultIsInvalidThenAProblemExplainsItAndNothingChanges(
            String what, String body, int status, String reason) throws Exception {
        Counts before = counts();

        MvcResult result = expectProblem(submit(UUID.randomUUID().toString(), body), status, reason);

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
        assertThat(counts().rejections()).isEqualTo(before.rejections() + 1);
        assertThat(result.getResponse().getContentAsString()).doesNotContainPattern("[0-9]{12}");
    }

    @Test
    void whenTheIdempotencyKeyIsMissingThenTheSubmissionIsRefusedAndNothingChanges() throws Exception {
        Counts before = counts();

        expectProblem(
                mvc.perform(request(result("001089000001", "safety", 90, YESTERDAY))
                        .header("Authorization", "Bearer " + token())),
                400,
                "missing-idempotency-key");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    @Test
    void whenTheIdempotencyKeyIsMalformedThenTheSubmissionIsRefusedAndNothingChanges() throws Exception {
        Counts before = counts();

        expectProblem(
                submit("has#hash", result("001089000001", "safety", 90, YESTERDAY)), 400, "invalid-idempotency-key");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    @Test
    void whenTheBodyIsLargerThanAllowedThenItIsRefusedWith413AndNothingChanges() throws Exception {
        Counts before = counts();
        String huge = result("001089000001", "safety", 90, YESTERDAY)
                .replace("}", ",\"padding\":\"" + "x".repeat(20_000) + "\"}");

        expectProblem(submit(UUID.randomUUID().toString(), huge), 413, "body-too-large");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    @Test
    void whenTheBodyIsNotJsonThenItIsRefusedWith415AndNothingChanges() throws Exception {
        Counts before = counts();

        expectProblem(
                mvc.perform(post(RESULTS)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("001089000001 safety 90")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Authorization", "Bearer " + token())),
                415,
                "unsupported-media-type");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("no token", (Function<String, String>) issuer -> null, 401),
                Arguments.of(
                        "an expired token",
                        (Function<String, String>) issuer -> LearningTestAuthServer.providerToken(
                                issuer,
                                claims -> claims.issueTime(
                                                Date.from(Instant.now().minusSeconds(900)))
                                        .notBeforeTime(Date.from(Instant.now().minusSeconds(900)))
                                        .expirationTime(Date.from(Instant.now().minusSeconds(600)))),
                        401),
                Arguments.of(
                        "a token for another audience",
                        (Function<String, String>) issuer -> LearningTestAuthServer.providerToken(
                                issuer, claims -> claims.audience(List.of("http://localhost:9999"))),
                        401),
                Arguments.of(
                        "a token from another issuer",
                        (Function<String, String>)
                                issuer -> LearningTestAuthServer.providerToken("http://evil.example", claims -> {}),
                        401),
                Arguments.of(
                        "a token without the scope",
                        (Function<String, String>) issuer -> LearningTestAuthServer.providerToken(
                                issuer, claims -> claims.claim("scope", "competency.query")),
                        403),
                Arguments.of(
                        "a token signed by another key",
                        (Function<String, String>) issuer -> LearningTestAuthServer.sign(
                                claimsOf(LearningTestAuthServer.providerToken(issuer)), LearningTestAuthServer.FORGER),
                        401),
                Arguments.of(
                        "an HS256 token",
                        (Function<String, String>)
                                issuer -> hs256(claimsOf(LearningTestAuthServer.providerToken(issuer))),
                        401),
                Arguments.of(
                        "an unsigned token",
                        (Function<String, String>) issuer ->
                                new PlainJWT(claimsOf(LearningTestAuthServer.providerToken(issuer))).serialize(),
                        401),
                Arguments.of("a token that is not a JWT", (Function<String, String>) issuer -> "not-a-jwt", 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void whenTheAccessTokenIsNotAcceptableThenTheCallerIsRefusedAndNothingChanges(
            String what, Function<String, String> token, int status) throws Exception {
        Learner learner = loggedInLearner();
        Counts before = counts();
        String bearer = token.apply(authServerUrl);
        MockHttpServletRequestBuilder request = request(result(learner.nationalId(), "safety", 90, YESTERDAY))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }

        mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenAProviderReportsEveryModulePassedThenTheProgrammeIsCompleted() throws Exception {
        Learner learner = loggedInLearner();
        List<String> modules = List.of("information", "communication", "safety");
        for (String module : modules) {
            submit(UUID.randomUUID().toString(), result(learner.nationalId(), module, 100, YESTERDAY))
                    .andExpect(jsonPath("$.programmeCompleted").value(false));
        }
        assertThat(completions.find(learner.key(), PROGRAMME)).isEmpty();

        submit(UUID.randomUUID().toString(), result(learner.nationalId(), "responsible-ai", 100, YESTERDAY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programmeCompleted").value(true));

        assertThat(completions.find(learner.key(), PROGRAMME)).hasValueSatisfying(completion -> {
            assertThat(completion.frameworkVersion()).isEqualTo("2026.1");
            assertThat(completion.learner()).isEqualTo(learner.key());
        });
        assertThat(records.of(learner.key()))
                .filteredOn(event -> event.type() == LearningEventType.PROGRAMME_COMPLETED)
                .singleElement()
                .satisfies(event -> assertThat(event.source().value()).isEqualTo("provider:provider-demo"));
    }

    @Test
    void whenAScoreIsUnderThePassMarkThenTheModuleIsRecordedAsNotPassed() throws Exception {
        Learner learner = loggedInLearner();

        submit(UUID.randomUUID().toString(), result(learner.nationalId(), "safety", 79, YESTERDAY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.passMark").value(80));

        assertThat(records.of(learner.key()))
                .extracting(LearningEvent::type)
                .containsExactly(LearningEventType.ENROLLED, LearningEventType.MODULE_FAILED);
    }

    static String result(String nationalId, String module, int score, String date) {
        return "{\"nationalId\":\"" + nationalId + "\",\"programmeId\":\"" + PROGRAMME + "\",\"moduleId\":\"" + module
                + "\",\"score\":" + score + ",\"assessedOn\":\"" + date + "\"}";
    }

    String token() {
        return LearningTestAuthServer.providerToken(authServerUrl);
    }

    ResultActions submit(String idempotencyKey, String body) throws Exception {
        return mvc.perform(
                request(body).header("Idempotency-Key", idempotencyKey).header("Authorization", "Bearer " + token()));
    }

    static MockHttpServletRequestBuilder request(String body) {
        return post(RESULTS).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MvcResult expectProblem(ResultActions actions, int status, String reason) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:" + reason))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andReturn();
    }

    static JWTClaimsSet claimsOf(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(new byte[32]));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
