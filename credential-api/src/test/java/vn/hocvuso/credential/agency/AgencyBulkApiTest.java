package vn.hocvuso.credential.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.support.TestCatalog;

class AgencyBulkApiTest extends AgencyApiTestBase {

    static final String BULK = QUERIES + "/bulk?purpose=annual-evaluation&level=basic";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenTenThousandMixedRowsAreCheckedThenEachRowIsAnsweredInOrderAndLogged() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i % 10 == 3) {
                rows.add(i % 20 == 3 ? "12345" : "999089000001"); // malformed: too short, unknown province
            } else {
                String idNumber = freshIdNumber();
                if (i % 4 == 0) {
                    complete(idNumber, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
                }
                rows.add(idNumber);
            }
        }
        long bulkBefore = logEntries(NAO, "bulk");
        long before = logEntries();

        String body = bulk(JSON.writeValueAsString(rows), MediaType.APPLICATION_JSON, "application/x-ndjson")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String[] lines = body.split("\n");
        assertThat(lines).hasSize(10_000);
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            assertThat(line.path("row").asInt()).isEqualTo(i + 1);
            if (i % 10 == 3) {
                assertThat(line.path("error").asString()).isEqualTo("malformed-id");
                assertThat(line.has("certified")).isFalse();
            } else {
                assertThat(line.path("certified").asBoolean()).isEqualTo(i % 4 == 0);
                assertThat(line.has("error")).isFalse();
            }
        }
        assertThat(body).doesNotContain(rows.get(0));
        assertThat(logEntries()).isEqualTo(before + 10_000);
        assertThat(logEntries(NAO, "bulk")).isEqualTo(bulkBefore + 10_000);
        long refused = jdbc.sql("SELECT COUNT(*) FROM access_log_entry WHERE seq > ? AND outcome = 'refused'"
                        + " AND subject_key IS NULL AND answer = 'malformed-id'")
                .param(before)
                .query(Long.class)
                .single();
        assertThat(refused).isEqualTo(1_000);
    }

    @Test
    void whenTheListIsCsvAndCsvIsAcceptedThenTheAnswerIsCsv() throws Exception {
        String certified = freshIdNumber();
        complete(certified, TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
        String csv = "idNumber\r\n" + certified + "\r\n\"" + freshIdNumber() + "\"\r\nnot-a-number\r\n";

        String body = bulk(csv, MediaType.parseMediaType("text/csv"), "text/csv")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .isEqualTo("row,certified,level,since,currentlyValid,error\r\n"
                        + "1,true,basic,2026-03-02,true,\r\n"
                        + "2,false,,,false,\r\n"
                        + "3,,,,,malformed-id\r\n");
    }

    @Test
    void whenTheListHasMoreThanTenThousandRowsThen413AndNothingIsLogged() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            rows.add("001085" + String.format("%06d", i));
        }
        AgencyCounts before = agencyCounts();

        bulk(JSON.writeValueAsString(rows), MediaType.APPLICATION_JSON, "application/x-ndjson")
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:too-many-rows"));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheBodyIsNotAJsonArrayOrEmptyThen400AndNothingIsLogged() throws Exception {
        AgencyCounts before = agencyCounts();

        for (String body : List.of("{\"idNumbers\":[]}", "[", "[]", "")) {
            bulk(body, MediaType.APPLICATION_JSON, "application/x-ndjson")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        assertThat(agencyCounts()).isEqualTo(before);
    }

    @Test
    void whenTheBulkPurposeIsNotAllowedThen403AndEachRowIsLoggedAsRefused() throws Exception {
        long before = logEntries();

        mvc.perform(post(QUERIES + "/bulk?purpose=marketing&level=basic")
                        .header("Authorization", token(NAO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"" + freshIdNumber() + "\",\"" + freshIdNumber() + "\"]"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:purpose-not-allowed"));

        assertThat(logEntries()).isEqualTo(before + 2);
        long refused = jdbc.sql("SELECT COUNT(*) FROM access_log_entry WHERE seq > ? AND outcome = 'refused'"
                        + " AND channel = 'bulk' AND purpose = 'marketing' AND subject_key IS NOT NULL")
                .param(before)
                .query(Long.class)
                .single();
        assertThat(refused).isEqualTo(2);
    }

    private ResultActions bulk(String body, MediaType type, String accept) throws Exception {
        return mvc.perform(post(BULK)
                .header("Authorization", token(NAO))
                .header("Accept", accept)
                .contentType(type)
                .content(body));
    }
}
