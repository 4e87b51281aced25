package vn.hocvuso.credential.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.Secrets;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;

/** The pre-authorized code grant at credential-api's token endpoint (OID4VCI 1.0 §6, RFC 6749 §5.2). */
class TokenEndpointTest extends IntegrationTest {

    static final String TOKEN = BASE_URL + "/oid4vci/token";
    static final String GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    @Test
    void whenTheCodeIsRedeemedTwiceThenTheSecondGetsInvalidGrantAndNoToken() throws Exception {
        Offer offer = newOffer();
        assertThat(redeem(offer.code(), offer.txCode()).statusCode()).isEqualTo(200);
        long tokens = count("issuance_access_token");

        HttpResponse<String> again = redeem(offer.code(), offer.txCode());

        assertError(again, 400, "invalid_grant");
        assertThat(count("issuance_access_token")).isEqualTo(tokens);
        assertThat(RawHttp.get(offer.offerUri()).statusCode())
                .as("a used offer is gone")
                .isEqualTo(404);
    }

    @Test
    void whenTheTransactionCodeIsWrongThenInvalidGrantAndAfterTheLimitEvenTheRightCodeFails() throws Exception {
        Offer offer = newOffer();
        Counts before = counts();
        String wrong = offer.txCode().equals("000000") ? "111111" : "000000";

        for (int attempt = 0; attempt < 5; attempt++) {
            assertError(redeem(offer.code(), wrong), 400, "invalid_grant");
        }
        HttpResponse<String> right = redeem(offer.code(), offer.txCode());

        assertError(right, 400, "invalid_grant");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheCodeHasExpiredThenInvalidGrantAndNoToken() throws Exception {
        Offer offer = newOffer();
        jdbc.sql("UPDATE pre_authorized_code SET expires_at = ? WHERE code_hash = ?")
                .params(OffsetDateTime.now().minusSeconds(1), Secrets.hash(offer.code()))
                .update();
        Counts before = counts();

        assertError(redeem(offer.code(), offer.txCode()), 400, "invalid_grant");
        assertThat(counts()).isEqualTo(before);
        assertThat(RawHttp.get(offer.offerUri()).statusCode()).isEqualTo(404);
    }

    @Test
    void whenTheRequestIsMalformedThenTheRfc6749ErrorComesBackAndNoToken() throws Exception {
        Offer offer = newOffer();
        Counts before = counts();

        assertError(
                form("grant_type=" + enc(GRANT) + "&pre-authorized_code=" + enc(offer.code())), 400, "invalid_request");
        assertError(form("pre-authorized_code=" + enc(offer.code())), 400, "invalid_request");
        assertError(form("grant_type=authorization_code&code=abc"), 400, "unsupported_grant_type");
        assertError(form("grant_type=" + enc(GRANT) + "&tx_code=" + offer.txCode()), 400, "invalid_request");
        assertError(
                form("grant_type=" + enc(GRANT) + "&pre-authorized_code=" + enc(offer.code())
                        + "&pre-authorized_code=x&tx_code=" + offer.txCode()),
                400,
                "invalid_request");
        assertError(
                RawHttp.post(TOKEN, "application/json", "{\"grant_type\":\"" + GRANT + "\"}", null),
                400,
                "invalid_request");
        assertError(
                form("grant_type=" + enc(GRANT) + "&pre-authorized_code=" + "x".repeat(70_000) + "&tx_code=1"),
                413,
                "invalid_request");
        assertThat(counts()).isEqualTo(before);
        assertThat(redeem(offer.code(), offer.txCode()).statusCode())
                .as("the code still works")
                .isEqualTo(200);
    }

    @Test
    void whenOneHundredRedemptionsRaceThenExactlyOneTokenAndOneCredentialComeOut() throws Exception {
        Offer offer = newOffer();
        Counts before = counts();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<HttpResponse<String>>> racing = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            racing.add(pool.submit(() -> redeem(offer.code(), offer.txCode())));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : racing) {
            responses.add(response.get());
        }
        pool.shutdown();

        List<HttpResponse<String>> won =
                responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(responses)
                .filteredOn(r -> r.statusCode() != 200)
                .allSatisfy(r -> assertError(r, 400, "invalid_grant"));
        String accessToken = (String) JSONObjectUtils.parse(won.get(0).body()).get("access_token");
        new HolderWallet(List.of(root()))
                .requestCredentials(BASE_URL, accessToken, DigitalCompetencyCredential.CONFIGURATION_ID, 1);
        Counts after = counts();
        assertThat(after.accessTokens()).isEqualTo(before.accessTokens() + 1);
        assertThat(after.credentials()).isEqualTo(before.credentials() + 1);
    }

    @Test
    void whenTheWalletAsksForTheAuthorizationServerMetadataThenItFindsTheTokenEndpointAndAnonymousAccess()
            throws Exception {
        Map<String, Object> metadata =
                JSONObjectUtils.parse(RawHttp.get(BASE_URL + "/.well-known/oauth-authorization-server")
                        .body());

        assertThat(metadata)
                .containsEntry("issuer", BASE_URL)
                .containsEntry("token_endpoint", TOKEN)
                .containsEntry("pre-authorized_grant_anonymous_access_supported", true);
        assertThat(metadata.get("grant_types_supported")).isEqualTo(List.of(GRANT));
    }

    record Offer(String offerUri, String code, String txCode) {}

    private Offer newOffer() throws Exception {
        OfferPage.Shown page = OfferPage.requestOffer(mvc, TestLearners.AN, TestCatalog.NATIONAL_ASSEMBLY);
        CredentialOffer offer = new HolderWallet(List.of()).resolveOffer(page.deepLink());
        String offerUri = java.net.URLDecoder.decode(
                page.deepLink().substring(page.deepLink().indexOf('=') + 1), StandardCharsets.UTF_8);
        return new Offer(offerUri, offer.preAuthorizedCode().orElseThrow(), page.txCode());
    }

    private static HttpResponse<String> redeem(String code, String txCode) throws Exception {
        return form("grant_type=" + enc(GRANT) + "&pre-authorized_code=" + enc(code) + "&tx_code=" + enc(txCode));
    }

    private static HttpResponse<String> form(String body) throws Exception {
        return RawHttp.post(TOKEN, "application/x-www-form-urlencoded", body, null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", error);
        } catch (java.text.ParseException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
