package vn.hocvuso.credential.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** agency-test-limited has budgets of 5 single queries and 5 rows per window (application-test.yml). */
class AgencyRateLimitTest extends AgencyApiTestBase {

    static final String LIMITED = "agency-test-limited";

    @BeforeEach
    void clearTheBudgets() {
        jdbc.sql("DELETE FROM agency_rate_window WHERE agency_id = ?")
                .param(LIMITED)
                .update();
    }

    @Test
    void whenTheSingleQueryBudgetIsUsedUpThen429WithRetryAfterAndNothingIsLogged() throws Exception {
        useUp("single", 5);
        AgencyCounts before = agencyCounts();

        query(LIMITED, queryBody(freshIdNumber(), "annual-evaluation"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hocvuso:problem:rate-limited"));

        assertThat(agencyCounts()).isEqualTo(before);
        assertThat(used("single")).isEqualTo(10); // the two windows filled below, nothing added
    }

    @Test
    void whenTheBudgetHasRoomThenQueriesAreCountedUpToIt() throws Exception {
        useUp("single", 3);

        query(LIMITED, queryBody(freshIdNumber(), "annual-evaluation")).andExpect(status().isOk());

        assertThat(used("single")).isEqualTo(7); // 3 + 3 filled, 1 counted in whichever window it fell
    }

    @Test
    void whenABulkCheckHasMoreRowsThanTheRowBudgetLeftThen429AndNothingIsLogged() throws Exception {
        useUp("rows", 3);
        AgencyCounts before = agencyCounts();

        mvc.perform(post(QUERIES + "/bulk?purpose=annual-evaluation&level=basic")
                        .header("Authorization", token(LIMITED))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"" + freshIdNumber() + "\",\"" + freshIdNumber() + "\",\"" + freshIdNumber()
                                + "\"]"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));

        assertThat(agencyCounts()).isEqualTo(before);
    }

    /**
     * Fills the current window and the next one, so that the request is over the budget even if a
     * window boundary falls between this and the request.
     */
    private void useUp(String budget, long used) {
        long window = 60_000;
        long now = Instant.now().toEpochMilli();
        long start = now - Math.floorMod(now, window);
        for (long windowStart : new long[] {start, start + window}) {
            jdbc.sql("INSERT INTO agency_rate_window (agency_id, budget, window_start, used) VALUES (?, ?, ?, ?)")
                    .params(LIMITED, budget, Instant.ofEpochMilli(windowStart).atOffset(ZoneOffset.UTC), used)
                    .update();
        }
    }

    private long used(String budget) {
        return jdbc.sql("SELECT COALESCE(SUM(used), 0) FROM agency_rate_window WHERE agency_id = ? AND budget = ?")
                .params(LIMITED, budget)
                .query(Long.class)
                .single();
    }
}
