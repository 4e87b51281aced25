package vn.hocvuso.credential.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.RawHttp;

/** The operators' status API answers RFC 9457 problem details and changes nothing when it refuses. */
class OperatorApiTest extends IntegrationTest {

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void whenRevokedThenReinstateAndSuspendAreRefusedWithConflictAndTheStatusStays() throws Exception {
        String id = newEntry();
        assertThat(operatorPost(id, "revoke", "Fraudulent enrolment").statusCode())
                .isEqualTo(200);
        Counts before = counts();

        HttpResponse<String> reinstate = operatorPost(id, "reinstate", "Mistake");
        HttpResponse<String> suspend = operatorPost(id, "suspend", "Mistake");

        assertProblem(reinstate, 409);
        assertThat(reinstate.body()).contains("revocation is final");
        assertProblem(suspend, 409);
        assertThat(counts()).isEqualTo(before);
        assertThat(status(id)).isEqualTo(1);
    }

    @Test
    void whenReinstatingAValidCredentialThenConflict() throws Exception {
        String id = newEntry();

        assertProblem(operatorPost(id, "reinstate", "nothing to reinstate"), 409);
        assertThat(status(id)).isZero();
    }

    @Test
    void whenTheReasonIsMissingOrTheBodyMalformedThenBadRequestAndNoChange() throws Exception {
        String id = newEntry();
        Counts before = counts();

        assertProblem(operatorPost(id, "revoke", null), 400);
        assertProblem(operatorPost(id, "revoke", " "), 400);
        assertThat(counts()).isEqualTo(before);
        assertThat(status(id)).isZero();
    }

    @Test
    void whenTheCredentialIsUnknownThenNotFound() throws Exception {
        assertProblem(operatorPost(UUID.randomUUID().toString(), "revoke", "unknown"), 404);
    }

    @Test
    void whenTheOperatorIsNotAuthenticatedThenUnauthorizedAndNoChange() throws Exception {
        String id = newEntry();

        HttpResponse<String> anonymous = RawHttp.post(
                BASE_URL + "/api/v1/operator/credentials/" + id + "/revoke",
                "application/json",
                "{\"reason\":\"x\"}",
                null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Basic");
        assertThat(status(id)).isZero();
    }

    @Test
    void whenTheOperatorReadsACredentialThenItsStatusAndHistoryShow() throws Exception {
        String id = newEntry();
        operatorPost(id, "suspend", "Identity check pending");

        HttpResponse<String> read = RawHttp.get(
                BASE_URL + "/api/v1/operator/credentials/" + id,
                "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString(("operator:" + operatorPassword()).getBytes()));

        Map<String, Object> body = JSONObjectUtils.parse(read.body());
        assertThat(body).containsEntry("status", "suspended");
        assertThat(read.body()).contains("Identity check pending");
    }

    private String newEntry() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> lists.allocate(id));
        return id;
    }

    private int status(String id) {
        return jdbc.sql("SELECT status FROM status_entry WHERE credential_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("status", (long) status);
    }
}
