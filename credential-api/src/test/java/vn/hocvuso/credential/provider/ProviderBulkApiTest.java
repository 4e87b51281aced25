package vn.hocvuso.credential.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.learning.ProgrammeCompletions;
import vn.hocvuso.credential.support.Counts;
import vn.hocvuso.credential.support.LearningTestAuthServer;
import vn.hocvuso.credential.support.PortalIntegrationTest;

class ProviderBulkApiTest extends PortalIntegrationTest {

    static final String BULK = "/api/v1/provider/results/bulk";
    static final String PROGRAMME = "bdhvs-digital-national-assembly";
    static final String HEADER = "nationalId,programmeId,moduleId,score,assessedOn\n";
    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();
    static final List<String> MODULES = List.of("information", "communication", "safety", "responsible-ai");

    @Autowired
    ProgrammeCompletions completions;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenACsvMixesGoodAndBadRowsThenEachRowIsAnsweredAndOnlyTheGoodOnesAreRecorded() throws Exception {
        Learner learner = loggedInLearner();
        String csv = HEADER
                + row(learner.nationalId(), "information", 90)
                + row(learner.nationalId(), "safety", 101)
                + row("000089000001", "safety", 90)
                + row(freshNationalId(), "safety", 90)
                + learner.nationalId() + "," + PROGRAMME + ",safety,80\n"
                + row(learner.nationalId(), "communication", 40);
        Counts before = counts();

        JsonNode answer =
                answer(bulk(UUID.randomUUID().toString(), "text/csv", csv).andExpect(status().isOk()));

        assertThat(answer.get("accepted").asInt()).isEqualTo(2);
        assertThat(answer.get("rejected").asInt()).isEqualTo(4);
        assertThat(answer.get("rows")).hasSize(6);
        assertThat(statuses(answer))
                .containsExactly(
                        "accepted",
                        "score-out-of-range",
                        "invalid-national-id",
                        "unknown-learner",
                        "malformed-row",
                        "accepted");
        assertThat(answer.get("rows").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(answer.get("rows").get(0).get("result").get("passed").asBoolean())
                .isTrue();
        assertThat(answer.get("rows").get(5).get("result").get("passed").asBoolean())
                .isFalse();
        assertThat(answer.toString()).doesNotContain(learner.nationalId());
        Counts after = counts();
        assertThat(after.events()).isEqualTo(before.events() + 3); // enrolment + two results
        assertThat(after.submissions()).isEqualTo(before.submissions() + 2);
        assertThat(after.rejections()).isEqualTo(before.rejections() + 4);
    }

    @Test
    void whenJsonLinesAreSubmittedThenEachLineIsAnswered() throws Exception {
        Learner learner = loggedInLearner();
        String ndjson = line(learner.nationalId(), "information", 70) + "\n"
                + "{\"nationalId\":\"" + learner.nationalId() + "\",\"programmeId\":\"" + PROGRAMME
                + "\",\"moduleId\":\"safety\",\"score\":90,\"assessedOn\":\""
                + LocalDate.now().plusDays(3) + "\"}\n"
                + "not json\n";

        JsonNode answer = answer(bulk(UUID.randomUUID().toString(), "application/x-ndjson", ndjson)
                .andExpect(status().isOk()));

        assertThat(statuses(answer)).containsExactly("accepted", "future-date", "malformed-row");
    }

    @Test
    void whenABulkSubmissionIsRetriedThenEveryAcceptedRowIsReplayedAndNothingIsCountedTwice() throws Exception {
        Learner learner = loggedInLearner();
        String csv = HEADER + row(learner.nationalId(), "information", 90) + row(learner.nationalId(), "safety", 85);
        String key = UUID.randomUUID().toString();
        bulk(key, "text/csv", csv).andExpect(jsonPath("$.accepted").value(2));
        Counts before = counts();

        JsonNode retry = answer(bulk(key, "text/csv", csv).andExpect(status().isOk()));

        assertThat(retry.get("accepted").asInt()).isEqualTo(2);
        assertThat(retry.get("replayed").asInt()).isEqualTo(2);
        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
        assertThat(counts().replays()).isEqualTo(before.replays() + 2);
    }

    @Test
    void whenTenThousandMixedRowsAreSubmittedThenEachIsAnsweredInOrderWithItsOwnOutcome() throws Exception {
        List<Learner> learners = new ArrayList<>();
        // 21 learners: prime to the 5 kinds of row, so every learner gets rows of every kind.
        for (int index = 0; index < 21; index++) {
            learners.add(loggedInLearner());
        }
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> expected = new ArrayList<>();
        for (int index = 0; index < 10_000; index++) {
            Learner learner = learners.get(index % learners.size());
            String module = MODULES.get((index / learners.size()) % MODULES.size());
            switch (index % 5) {
                case 0, 1 -> {
                    csv.append(row(learner.nationalId(), module, 60 + index % 41));
                    expected.add("accepted");
                }
                case 2 -> {
                    csv.append(row(learner.nationalId(), module, 100 + 1 + index % 7));
                    expected.add("score-out-of-range");
                }
                case 3 -> {
                    csv.append(row(learner.nationalId(), "no-such-module", 90));
                    expected.add("unknown-module");
                }
                default -> {
                    csv.append(row(index % 2 == 0 ? "000090000001" : "0010X0000001", module, 90));
                    expected.add("invalid-national-id");
                }
            }
        }
        Counts before = counts();

        JsonNode answer = answer(
                bulk(UUID.randomUUID().toString(), "text/csv", csv.toString()).andExpect(status().isOk()));

        assertThat(answer.get("rows")).hasSize(10_000);
        assertThat(statuses(answer)).isEqualTo(expected);
        for (int index = 0; index < 10_000; index++) {
            assertThat(answer.get("rows").get(index).get("row").asInt()).isEqualTo(index + 1);
        }
        assertThat(answer.get("accepted").asInt()).isEqualTo(4_000);
        Counts after = counts();
        assertThat(after.submissions()).isEqualTo(before.submissions() + 4_000);
        assertThat(after.rejections()).isEqualTo(before.rejections() + 6_000);
        // Each accepted row is one result; each learner was enrolled once on the way.
        long completed = learners.stream()
                .filter(learner -> completions.find(learner.key(), PROGRAMME).isPresent())
                .count();
        assertThat(after.events()).isEqualTo(before.events() + 4_000 + learners.size() + completed);
    }

    @Test
    void whenABulkHasMoreRowsThanAllowedThenItIsRefusedWholeAndNothingChanges() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        String row = row("001089000001", "safety", 90);
        csv.append(row.repeat(10_001));
        Counts before = counts();

        ProviderApiTest.expectProblem(
                bulk(UUID.randomUUID().toString(), "text/csv", csv.toString()), 413, "too-many-rows");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    @Test
    void whenTheCsvHeaderIsWrongThenTheBulkIsRefusedWholeAndNothingChanges() throws Exception {
        Counts before = counts();

        ProviderApiTest.expectProblem(
                bulk(
                        UUID.randomUUID().toString(),
                        "text/csv",
                        "id,programme,module,score,date\n" + row("001089000001", "safety", 90)),
                400,
                "malformed-body");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    @Test
    void whenTheBulkIsInAnotherFormatThenItIsRefusedWith415AndNothingChanges() throws Exception {
        Counts before = counts();

        ProviderApiTest.expectProblem(
                bulk(UUID.randomUUID().toString(), "application/json", "[" + line("001089000001", "safety", 90) + "]"),
                415,
                "unsupported-media-type");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    @Test
    void whenABulkHasNoIdempotencyKeyThenItIsRefusedAndNothingChanges() throws Exception {
        Counts before = counts();

        ProviderApiTest.expectProblem(
                mvc.perform(post(BULK)
                        .contentType("text/csv")
                        .content(HEADER + row("001089000001", "safety", 90))
                        .header("Authorization", "Bearer " + LearningTestAuthServer.providerToken(authServerUrl))),
                400,
                "missing-idempotency-key");

        assertThat(counts().withoutLog()).isEqualTo(before.withoutLog());
    }

    ResultActions bulk(String key, String type, String body) throws Exception {
        return mvc.perform(post(BULK)
                .contentType(MediaType.parseMediaType(type))
                .content(body)
                .header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + LearningTestAuthServer.providerToken(authServerUrl)));
    }

    JsonNode answer(ResultActions actions) throws Exception {
        return json.readTree(actions.andReturn().getResponse().getContentAsString());
    }

    static List<String> statuses(JsonNode answer) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode row : answer.get("rows")) {
            statuses.add(
                    row.get("status").asString().equals("accepted")
                            ? "accepted"
                            : row.get("reason").asString());
        }
        return statuses;
    }

    static String row(String nationalId, String module, int score) {
        return nationalId + "," + PROGRAMME + "," + module + "," + score + "," + YESTERDAY + "\n";
    }

    static String line(String nationalId, String module, int score) {
        return json(Map.of(
                "nationalId",
                nationalId,
                "programmeId",
                PROGRAMME,
                "moduleId",
                module,
                "score",
                score,
                "assessedOn",
                YESTERDAY));
    }

    static String json(Map<String, Object> fields) {
        return JsonMapper.builder().build().writeValueAsString(fields);
    }
}
