package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

class FederatedLoginTest extends FlowTest {

    @Test
    void whenACitizenLogsInThroughTheUpstreamThenTheClientGetsACodeWithIssAndState() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid profile national_id");

        Browser.Response atClient = login(authorization.url(), Citizen.AN);

        assertThat(atClient.location().toString()).startsWith(portal.redirectUri() + "?");
        String code = codeFrom(atClient, authorization);
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        Map<String, Object> idToken = claims(tokens.get("id_token"));
        assertThat(idToken).containsEntry("national_id", Citizen.AN.nationalId());
        assertThat(idToken).containsEntry("name", Citizen.AN.name());
        assertThat(idToken).containsEntry("nonce", authorization.nonce());
    }

    @Test
    void whenTheLoginStartsThenTheUpstreamRequestHasPkceStateNonceAndOurRedirectUri() {
        UpstreamRequest request =
                startLogin(credentialPortal().authorize("openid").url());

        assertThat(request.get("response_type")).isEqualTo("code");
        assertThat(request.get("client_id")).isEqualTo("auth-server");
        assertThat(request.redirectUri()).isEqualTo(SERVER + "/login/oauth2/code/national-id");
        assertThat(request.get("code_challenge_method")).isEqualTo("S256");
        assertThat(request.get("code_challenge")).hasSize(43);
        assertThat(request.state()).isNotBlank();
        assertThat(request.nonce()).isNotBlank();
        assertThat(request.get("scope").split(" ")).contains("openid", "profile", "address", "national_id");
        assertThat(request.get("acr_values")).isNull();
    }

    @Test
    void whenTheUpstreamTokenIsRequestedThenItCarriesTheVerifierAndAnAssertionSignedWithOurPublishedKey()
            throws Exception {
        UpstreamRequest request =
                startLogin(credentialPortal().authorize("openid").url());
        UPSTREAM.answer(request, Citizen.BINH);

        finishLogin(request, successfulResponse(request));

        List<LoggedRequest> tokenRequests = UPSTREAM.tokenRequests();
        assertThat(tokenRequests).hasSize(1);
        Map<String, String> form =
                Browser.Response.query(URI.create("?" + tokenRequests.get(0).getBodyAsString()));
        assertThat(form).containsEntry("grant_type", "authorization_code");
        assertThat(form).containsEntry("redirect_uri", SERVER + "/login/oauth2/code/national-id");
        assertThat(TestClient.challenge(form.get("code_verifier"))).isEqualTo(request.get("code_challenge"));
        assertThat(form)
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        JWKSet ours = JWKSet.load(URI.create(SERVER + "/oauth2/jwks").toURL());
        ECKey key = (ECKey) ours.getKeyByKeyId(assertion.getHeader().getKeyID());
        assertThat(key).as("the assertion's kid is published at our JWK set").isNotNull();
        assertThat(assertion.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo("auth-server");
        assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo("auth-server");
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(UPSTREAM.issuer() + "/token");
        assertThat(assertion.getJWTClaimsSet().getJWTID()).isNotBlank();
    }

    @Test
    void whenTheSameCitizenLogsInTwiceThenOneAccountIsLinkedAndReused() {
        Citizen citizen = Citizen.CHAU.another("twice");
        long before = accounts();

        loginDirectly(citizen);
        long afterFirst = accounts();
        browser.forgetCookies();
        Browser.Response second = loginDirectly(citizen);

        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(accounts()).isEqualTo(afterFirst);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.url().getPath()).isEqualTo("/account");
    }

    @Test
    void whenAnotherUpstreamSubjectVouchesForAKnownIdNumberThenTheLoginIsRefusedAndNothingIsLinked() {
        String nationalId = Citizen.randomNationalId();
        loginDirectly(citizen("original", nationalId));
        browser.forgetCookies();
        long before = accounts();

        Browser.Response refused = loginDirectly(citizen("impostor", nationalId));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.url().getPath()).isEqualTo("/login/failed");
        assertThat(refused.text()).contains("đã được liên kết với một danh tính khác");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void whenTheUpstreamVouchesForAnotherIdNumberForAKnownSubjectThenTheLoginIsRefused() {
        Citizen first = citizen("changing", Citizen.randomNationalId());
        loginDirectly(first);
        browser.forgetCookies();
        Citizen changed = new Citizen(
                first.subject(),
                Citizen.randomNationalId(),
                first.familyName(),
                first.givenName(),
                first.birthdate(),
                first.gender(),
                first.province(),
                first.provinceCode(),
                2);

        Browser.Response refused = loginDirectly(changed);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM citizen_account WHERE upstream_subject = :sub")
                        .param("sub", first.subject())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static Citizen citizen(String prefix, String nationalId) {
        return new Citizen(
                prefix + "-" + java.util.UUID.randomUUID(),
                nationalId,
                "Trần",
                "Thị Bình",
                "1995-07-02",
                "female",
                "TP Hồ Chí Minh",
                "079",
                2);
    }

    @Test
    void whenAnAccountIsStoredThenPersonalDataIsEncryptedAndTheIdNumberOnlyHashed() {
        Citizen citizen = new Citizen(
                "stored-" + java.util.UUID.randomUUID(),
                Citizen.randomNationalId(),
                "Nguyễn",
                "Văn An",
                "1989-03-15",
                "male",
                "Hà Nội",
                "001",
                2);

        loginDirectly(citizen);

        Map<String, Object> row = jdbc.sql("SELECT * FROM citizen_account WHERE upstream_subject = :sub")
                .param("sub", citizen.subject())
                .query()
                .singleRow();
        String stored = row.toString();
        assertThat(stored).doesNotContain(citizen.nationalId(), "Nguyễn", "Văn An", "1989-03-15", "Hà Nội");
        for (String column : List.of(
                "NATIONAL_ID_ENC",
                "NAME_ENC",
                "GIVEN_NAME_ENC",
                "FAMILY_NAME_ENC",
                "BIRTHDATE_ENC",
                "GENDER_ENC",
                "RESIDENCE_ENC")) {
            assertThat((String) row.get(column)).as(column).startsWith("v1.");
        }
        assertThat((String) row.get("NATIONAL_ID_HASH")).matches("[0-9a-f]{64}");
        // The SAS tables hold no personal data either.
        String authorizationsDump = jdbc.sql("SELECT * FROM oauth2_authorization")
                .query()
                .listOfRows()
                .toString();
        assertThat(authorizationsDump).doesNotContain(citizen.nationalId(), "Văn An");
    }
}
