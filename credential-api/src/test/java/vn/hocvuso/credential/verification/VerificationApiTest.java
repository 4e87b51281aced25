package vn.hocvuso.credential.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.Presentations;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.wallet.StoredCredential;

/** The verification API: the verdict as JSON, RFC 9457 problems for malformed requests, 413 for oversize ones. */
class VerificationApiTest extends IntegrationTest {

    private static final String URL = BASE_URL + "/api/v1/verifications";

    @Autowired
    SdJwtVcFactory factory;

    @Autowired
    CredentialSubjects subjects;

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    StoredCredential credential;

    @BeforeEach
    void issue() {
        credential = new TestCredentials(factory, subjects, lists, transactions)
                .issue()
                .credential();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenAnEmployerSystemSubmitsAPresentationThenItGetsTheVerdictChecksAndOnlyTheDisclosedClaims()
            throws Exception {
        String presentation = Presentations.honest(credential, List.of("birthdate"), "n-1");

        HttpResponse<String> response =
                post(Map.of("presentation", presentation, "nonce", "n-1", "audience", Presentations.AUDIENCE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Map<String, Object> body = JSONObjectUtils.parse(response.body());
        assertThat(body).containsEntry("verdict", "valid").doesNotContainKey("reason");
        assertThat((List<Map<String, Object>>) body.get("checks"))
                .extracting(check -> check.get("check"))
                .containsExactly(
                        "format", "issuer", "vct", "validity", "disclosures", "key_binding", "claims", "status");
        assertThat((List<Map<String, Object>>) body.get("checks"))
                .allMatch(check -> "passed".equals(check.get("result")));
        Map<String, Object> presented = (Map<String, Object>) body.get("credential");
        assertThat(presented).containsEntry("issuer", BASE_URL).containsEntry("disclosed", List.of("birthdate"));
        assertThat((Map<String, Object>) presented.get("claims"))
                .containsEntry("birthdate", "1989-03-15")
                .containsKeys("achievement", "issued_on", "evidence")
                .doesNotContainKeys("given_name", "family_name", "cnf", "status", "_sd");
    }

    @Test
    void whenThePresentationIsGarbageThenTheVerdictIsInvalidWithTheFormatCheckNotAnError() throws Exception {
        HttpResponse<String> response =
                post(Map.of("presentation", "hello~world", "nonce", "n", "audience", Presentations.AUDIENCE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(response.body()))
                .containsEntry("verdict", "invalid")
                .containsEntry("reason", "malformed");
    }

    @Test
    void whenTheRequestIsMalformedThenAProblemAndNothingChanges() throws Exception {
        long requests = count("presentation_request");
        Counts before = counts();

        assertProblem(RawHttp.post(URL, "application/json", "{not json", null), 400, "malformed-request");
        assertProblem(RawHttp.post(URL, "application/json", "[]", null), 400, "malformed-request");
        assertProblem(post(Map.of("presentation", "a~b", "audience", Presentations.AUDIENCE)), 400, null);
        assertProblem(post(Map.of("presentation", " ", "nonce", "n", "audience", "a")), 400, null);
        assertProblem(RawHttp.post(URL, "text/plain", "presentation", null), 415, null);

        assertThat(count("presentation_request")).isEqualTo(requests);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheBodyIsOversizeThenContentTooLargeAsAProblem() throws Exception {
        String big = "{\"presentation\":\"" + "A".repeat(70_000) + "\",\"nonce\":\"n\",\"audience\":\"a\"}";

        assertProblem(RawHttp.post(URL, "application/json", big, null), 413, "too-large");
        // Without a Content-Length (chunked), the body is cut off while it is read.
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(URL))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(big.getBytes())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, 413, "too-large");
    }

    private static HttpResponse<String> post(Map<String, Object> body) throws Exception {
        return RawHttp.post(URL, "application/json", JSONObjectUtils.toJSONString(body), null);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = JSONObjectUtils.parse(response.body());
        assertThat(problem).containsEntry("status", (long) status).containsKey("title");
        if (type != null) {
            assertThat(problem).containsEntry("type", "urn:vn:hocvuso:credential:problem:" + type);
        }
    }
}
