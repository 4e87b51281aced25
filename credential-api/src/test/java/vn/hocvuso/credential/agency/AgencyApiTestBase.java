package vn.hocvuso.credential.agency;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.support.IntegrationTest;

/** What the agency tests share: tokens, ID numbers nobody else uses, row counts of what a request may write. */
abstract class AgencyApiTestBase extends IntegrationTest {

    static final String NAO = "agency-nao";
    static final String QUERIES = "/api/v1/agency/competency-queries";

    /** Sequence numbers for fresh ID numbers: Hà Nội (001), male born 1985, distinct per test class run. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400_000));

    @Autowired
    protected LearnerKeys learnerKeys;

    static String freshIdNumber() {
        return "001085" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    LearnerKey key(String idNumber) {
        return learnerKeys.of(idNumber);
    }

    /** Records that the person with {@code idNumber} completed {@code programmeId} at {@code at}. */
    void complete(String idNumber, String programmeId, Instant at) {
        completions.complete(key(idNumber), programmeId, at);
    }

    String token(String clientId) {
        return AgencyTokens.token(clientId, AgencyTokens.SCOPE, BASE_URL);
    }

    ResultActions query(String clientId, String body) throws Exception {
        return mvc.perform(post(QUERIES)
                .header("Authorization", token(clientId))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static String queryBody(String idNumber, String purpose) {
        return "{\"idNumber\":\"" + idNumber + "\",\"level\":\"basic\",\"purpose\":\"" + purpose + "\"}";
    }

    long logEntries() {
        return count("access_log_entry");
    }

    long logEntries(String agencyId, String channel) {
        return jdbc.sql("SELECT COUNT(*) FROM access_log_entry WHERE agency_id = ? AND channel = ?")
                .params(agencyId, channel)
                .query(Long.class)
                .single();
    }

    /** Everything an agency request may write, to prove a refused one wrote nothing. */
    AgencyCounts agencyCounts() {
        return new AgencyCounts(
                count("access_log_entry"),
                count("agency_roster"),
                count("agency_roster_unit"),
                count("agency_roster_member"),
                count("learner"),
                count("issued_credential"));
    }

    record AgencyCounts(long logEntries, long rosters, long units, long members, long learners, long credentials) {}
}
