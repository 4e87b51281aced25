package vn.hocvuso.auth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.keys.ServiceKeys;

/**
 * {@code id_token_hint} (OIDC Core §3.1.2.1): an ID token we issued, expired or not, that names the
 * logged-in citizen lets {@code prompt=none} succeed; one that names another citizen means a new
 * login ({@code login_required} with {@code prompt=none}); a forged or unreadable one is
 * {@code invalid_request}, by redirect with {@code iss}, and nothing is stored.
 */
class IdTokenHintTest extends FlowTest {

    private final TestClient portal = credentialPortal();

    /** Logs {@code citizen} in for the portal and returns the ID token it received. */
    private String idTokenOf(Citizen citizen) {
        TestClient.Authorization authorization = portal.authorize("openid");
        String code = codeFrom(login(authorization.url(), citizen), authorization);
        return portal.redeem(code, authorization).get("id_token");
    }

    private Browser.Response silently(TestClient.Authorization authorization) {
        return browser.follow(browser.get(authorization.url()), FlowTest::ours);
    }

    private void assertErrorAtPortal(Browser.Response response, TestClient.Authorization authorization, String error) {
        assertThat(response.isRedirect())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        assertThat(response.location().toString()).startsWith(portal.redirectUri() + "?");
        assertThat(response.locationParameters())
                .containsEntry("error", error)
                .containsEntry("state", authorization.state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
    }

    @Test
    void whenTheHintNamesTheLoggedInCitizenThenPromptNoneSucceeds() {
        String idToken = idTokenOf(Citizen.AN.another("hint-same"));
        TestClient.Authorization authorization =
                portal.authorize("openid", Map.of("prompt", "none", "id_token_hint", idToken));

        String code = codeFrom(silently(authorization), authorization);

        Map<String, Object> second = claims(portal.redeem(code, authorization).get("id_token"));
        assertThat(second.get("sub")).isEqualTo(claims(idToken).get("sub"));
    }

    @Test
    void whenTheHintHasExpiredButIsOursThenItIsStillAGoodHint() throws Exception {
        String idToken = idTokenOf(Citizen.AN.another("hint-expired"));
        String expired =
                signedByUs(JWTClaimsSet.parse(claims(idToken)), Instant.now().minusSeconds(7200));
        TestClient.Authorization authorization =
                portal.authorize("openid", Map.of("prompt", "none", "id_token_hint", expired));

        codeFrom(silently(authorization), authorization);
    }

    @Test
    void whenTheHintNamesAnotherCitizenThenPromptNoneAnswersLoginRequired() {
        String otherCitizensToken = idTokenOf(Citizen.BINH.another("hint-other"));
        browser.forgetCookies();
        idTokenOf(Citizen.AN.another("hint-logged-in"));
        TestClient.Authorization authorization =
                portal.authorize("openid", Map.of("prompt", "none", "id_token_hint", otherCitizensToken));
        long codes = codesIssued();
        long all = authorizations();

        Browser.Response response = browser.get(authorization.url());

        assertErrorAtPortal(response, authorization, "login_required");
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheHintNamesAnotherCitizenWithoutPromptNoneThenTheCitizenLogsInAgain() {
        String otherCitizensToken = idTokenOf(Citizen.BINH.another("hint-relogin"));
        browser.forgetCookies();
        idTokenOf(Citizen.AN.another("hint-relogin-current"));
        TestClient.Authorization authorization =
                portal.authorize("openid", Map.of("id_token_hint", otherCitizensToken));
        long codes = codesIssued();

        Browser.Response page = silently(authorization);

        assertThat(page.url().getPath()).isEqualTo("/login");
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenTheHintIsSignedByAnotherKeyThenInvalidRequestAndNothingIsStored() throws Exception {
        String idToken = idTokenOf(Citizen.AN.another("hint-forged"));
        String forged = FakeUpstream.sign(JWTClaimsSet.parse(claims(idToken)), FakeUpstream.generate());
        TestClient.Authorization authorization =
                portal.authorize("openid", Map.of("prompt", "none", "id_token_hint", forged));
        long all = authorizations();

        Browser.Response response = browser.get(authorization.url());

        assertErrorAtPortal(response, authorization, "invalid_request");
        assertThat(authorizations()).isEqualTo(all);
    }

    @Test
    void whenTheHintIsNotAJwtThenInvalidRequestEvenWithoutASession() {
        TestClient.Authorization authorization = portal.authorize("openid", Map.of("id_token_hint", "not-a-token"));
        long all = authorizations();

        Browser.Response response = browser.get(authorization.url());

        assertErrorAtPortal(response, authorization, "invalid_request");
        assertThat(authorizations()).isEqualTo(all);
    }

    /** The claims, re-signed with auth-server's active key and the given expiry. */
    private static String signedByUs(JWTClaimsSet claims, Instant expiry) throws Exception {
        ECKey key = ServiceKeys.open(
                        Path.of("test-data", "auth-server"),
                        "auth-server",
                        "AUTH_KEYSTORE_PASSWORD",
                        System.getenv(),
                        Clock.systemUTC())
                .load()
                .active()
                .jwk()
                .toECKey();
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(expiry))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), expired);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
