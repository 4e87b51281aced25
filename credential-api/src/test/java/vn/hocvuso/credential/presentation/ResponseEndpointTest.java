package vn.hocvuso.credential.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.EmployerPage;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.PresentationRequest;
import vn.hocvuso.wallet.Proofs;

/**
 * The wallet-facing OpenID4VP endpoints: the signed request object, and the direct_post response
 * endpoint with every way a response is refused (and then changes nothing) or closes the request.
 */
class ResponseEndpointTest extends IntegrationTest {

    @Autowired
    SdJwtVcFactory factory;

    @Autowired
    CredentialSubjects subjects;

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    HolderWallet wallet;

    @BeforeEach
    void walletWithACredential() {
        wallet = wallet();
        wallet.keep(new TestCredentials(factory, subjects, lists, transactions)
                .issue()
                .credential());
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenTheWalletFetchesTheRequestUriThenItGetsARequestObjectSignedByTheVerifierCertificate() throws Exception {
        EmployerPage.Request request = EmployerPage.createRequest(mvc, List.of("birthdate"));
        String requestUri = java.net.URLDecoder.decode(
                request.link().substring(request.link().indexOf("request_uri=") + 12), StandardCharsets.UTF_8);

        HttpResponse<String> response = RawHttp.get(requestUri);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/oauth-authz-req+jwt");
        SignedJWT jwt = SignedJWT.parse(response.body());
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("oauth-authz-req+jwt");
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        X509Certificate leaf =
                X509CertUtils.parse(jwt.getHeader().getX509CertChain().get(0).decode());
        leaf.verify(root().getPublicKey());
        assertThat(leaf.getSubjectAlternativeNames()).anyMatch(name -> "localhost".equals(name.get(1)));
        assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) leaf.getPublicKey())))
                .isTrue();
        Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
        assertThat(claims)
                .containsEntry("client_id", "x509_san_dns:localhost")
                .containsEntry("response_type", "vp_token")
                .containsEntry("response_mode", "direct_post")
                .containsEntry("response_uri", BASE_URL + "/oid4vp/responses")
                .containsKeys("nonce", "state", "exp", "iat");
        Map<String, Object> dcql = (Map<String, Object>) claims.get("dcql_query");
        Map<String, Object> query = ((List<Map<String, Object>>) dcql.get("credentials")).get(0);
        assertThat(query).containsEntry("id", "digital_competency").containsEntry("format", "dc+sd-jwt");
        assertThat(query.get("meta")).isEqualTo(Map.of("vct_values", List.of(BASE_URL + "/vct/digital-competency")));
        assertThat(String.valueOf(query.get("claims")))
                .contains("birthdate", "achievement")
                .doesNotContain("given_name");
        assertThat(String.valueOf(claims.get("client_metadata")))
                .contains("vp_formats_supported", "dc+sd-jwt", "sd-jwt_alg_values", "kb-jwt_alg_values", "ES256");
        // A different key ring from the issuer's: the verifier's key never signs credentials.
        assertThat(jwt.getHeader().getKeyID())
                .isNotEqualTo(serviceKeys.load().active().kid());
        assertThat(RawHttp.get(BASE_URL + "/oid4vp/requests/" + "A".repeat(43)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void whenTheResponseIsMalformedThenItIsRefusedAndTheRequestStaysOpen() throws Exception {
        PresentationRequest request = wallet.resolvePresentationRequest(
                EmployerPage.createRequest(mvc, List.of()).link());
        String state = request.state().orElseThrow();
        String good = wallet.presentationFor(request, null);
        Map<String, Object> before = row(state);

        assertRefused(post("state=" + state));
        assertRefused(post("vp_token=" + encode("{\"digital_competency\":[\"" + good + "\"]}")));
        assertRefused(post("state=unknown&vp_token=" + encode("{\"digital_competency\":[\"" + good + "\"]}")));
        assertRefused(post("state=" + state + "&vp_token=not-json"));
        assertRefused(post("state=" + state + "&vp_token=" + encode("{\"other\":[\"" + good + "\"]}")));
        assertRefused(post("state=" + state + "&vp_token="
                + encode("{\"digital_competency\":[\"" + good + "\",\"" + good + "\"]}")));
        assertRefused(post("state=" + state + "&state=" + state + "&vp_token=" + encode("{}")));
        assertRefused(RawHttp.post(
                BASE_URL + "/oid4vp/responses", "application/json", "{\"state\":\"" + state + "\"}", null));
        HttpResponse<String> huge = post("state=" + state + "&vp_token=" + "A".repeat(70_000));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(JSONObjectUtils.parse(huge.body())).containsEntry("error", "invalid_request");

        assertThat(row(state)).isEqualTo(before).containsEntry("STATUS", "pending");
        assertThat(wallet.submit(request, good).redirectUri()).isPresent();
    }

    @Test
    void whenAForgedPresentationAnswersThenTheRequestClosesWithAnInvalidVerdictAndAReplayIsRefused() throws Exception {
        EmployerPage.Request page = EmployerPage.createRequest(mvc, List.of("given_name"));
        PresentationRequest request = wallet.resolvePresentationRequest(page.link());
        var credential = wallet.credentials().get(0);
        String forged = Proofs.presentation(
                credential, List.of("given_name"), request.clientId(), "another-nonce", Instant.now());

        wallet.submit(request, forged);

        assertThat(EmployerPage.show(mvc, page.pagePath(), "en"))
                .contains("class=\"verdict verdict-invalid\"", "The presentation was made for another request (nonce)")
                .doesNotContain("Văn An");
        Map<String, Object> closed = row(request.state().orElseThrow());
        assertRefused(post("state=" + request.state().orElseThrow() + "&vp_token="
                + encode("{\"digital_competency\":[\"" + wallet.presentationFor(request, null) + "\"]}")));
        assertThat(row(request.state().orElseThrow())).isEqualTo(closed).containsEntry("VERDICT", "invalid");
    }

    @Test
    void whenTheRequestHasExpiredThenItsRequestObjectIsGoneAndAResponseIsRefused() throws Exception {
        EmployerPage.Request page = EmployerPage.createRequest(mvc, List.of());
        PresentationRequest request = wallet.resolvePresentationRequest(page.link());
        String presentation = wallet.presentationFor(request, null);
        jdbc.sql("UPDATE presentation_request SET expires_at = ? WHERE state = ?")
                .params(
                        java.time.OffsetDateTime.now().minusSeconds(1),
                        request.state().orElseThrow())
                .update();
        Map<String, Object> before = row(request.state().orElseThrow());

        assertRefused(post("state=" + request.state().orElseThrow() + "&vp_token="
                + encode("{\"digital_competency\":[\"" + presentation + "\"]}")));

        assertThat(row(request.state().orElseThrow())).isEqualTo(before);
        assertThat(EmployerPage.show(mvc, page.pagePath(), "en")).contains("The request expired without an answer");
        String requestUri = java.net.URLDecoder.decode(
                page.link().substring(page.link().indexOf("request_uri=") + 12), StandardCharsets.UTF_8);
        assertThat(RawHttp.get(requestUri).statusCode()).isEqualTo(404);
    }

    @Test
    void whenTheHolderDeclinesThenThePageSaysSo() throws Exception {
        EmployerPage.Request page = EmployerPage.createRequest(mvc, List.of());
        PresentationRequest request = wallet.resolvePresentationRequest(page.link());

        HttpResponse<String> declined = post("state=" + request.state().orElseThrow() + "&error=access_denied");

        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(EmployerPage.show(mvc, page.pagePath(), "en")).contains("The person declined the request.");
        assertThat(row(request.state().orElseThrow())).containsEntry("STATUS", "declined");
    }

    @Test
    void whenTwoValidResponsesRaceThenExactlyOneIsAccepted() throws Exception {
        PresentationRequest request = wallet.resolvePresentationRequest(
                EmployerPage.createRequest(mvc, List.of()).link());
        String body = "state=" + request.state().orElseThrow() + "&vp_token="
                + encode("{\"digital_competency\":[\"" + wallet.presentationFor(request, null) + "\"]}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers =
                    pool.invokeAll(java.util.Collections.nCopies(4, (Callable<HttpResponse<String>>) () -> post(body)));
            long accepted = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                int status = answer.get().statusCode();
                assertThat(status).isIn(200, 400);
                accepted += status == 200 ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenTheEmployerPageIsAskedForAnUnknownRequestThenNotFound() throws Exception {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/verify/" + "B".repeat(43)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/verify/result")
                                .param("response_code", "C".repeat(43)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private Map<String, Object> row(String state) {
        Map<String, Object> row = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.putAll(jdbc.sql("SELECT status, verdict, answered_at, result, response_code_hash, expires_at"
                        + " FROM presentation_request WHERE state = ?")
                .param(state)
                .query()
                .singleRow());
        Map<String, Object> upper = new java.util.LinkedHashMap<>();
        row.forEach((key, value) -> upper.put(key.toUpperCase(java.util.Locale.ROOT), value));
        return upper;
    }

    private static HttpResponse<String> post(String form) throws Exception {
        return RawHttp.post(BASE_URL + "/oid4vp/responses", "application/x-www-form-urlencoded", form, null);
    }

    private static void assertRefused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_request");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
