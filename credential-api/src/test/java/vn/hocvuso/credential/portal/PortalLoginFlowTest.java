package vn.hocvuso.credential.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerProfile;
import vn.hocvuso.credential.support.AuthServerStandIn;
import vn.hocvuso.credential.support.CookieSession;
import vn.hocvuso.credential.support.Counts;
import vn.hocvuso.credential.support.LearningTestAuthServer;
import vn.hocvuso.credential.support.PortalIntegrationTest;
import vn.hocvuso.keys.LiveKeyRing;

/**
 * The portal's login against a stand-in auth-server (WireMock) whose ID tokens Nimbus signs: the
 * authorization request (PKCE S256, nonce, exact redirect URI), the token request with a
 * {@code private_key_jwt} client assertion, the ES256 ID token, userinfo, and the learner record.
 */
class PortalLoginFlowTest extends PortalIntegrationTest {

    @Autowired
    JdbcLearnerDirectory directory;

    @Autowired
    LiveKeyRing issuerKeys;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenALearnerLogsInThroughAuthServerThenTheyAreRecordedWithTheirPairwiseSubjectAndEncryptedNames()
            throws Exception {
        String nationalId = freshNationalId();
        String subject = "pairwise-" + UUID.randomUUID();
        CookieSession session = new CookieSession(mvc);
        Map<String, String> authorization = startLogin(session);

        stubTokenAndUserinfo(
                subject,
                authorization.get("nonce"),
                Map.of(
                        "national_id", nationalId,
                        "given_name", "Thị Hoa",
                        "family_name", "Đặng",
                        "birthdate", "1991-09-09",
                        "acr", "urn:vn:vneid:loa:2"),
                LearningTestAuthServer.KEY);
        session.perform(MockMvcRequestBuilders.get("/login/oauth2/code/auth-server")
                        .param("code", "code-" + UUID.randomUUID())
                        .param("state", authorization.get("state"))
                        .param("iss", authServerUrl))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("http://localhost/learn?continue"));

        LearnerKey key = learnerKeys.of(nationalId);
        assertThat(directory.bySubject(subject)).contains(key);
        assertThat(directory.profile(key)).get().satisfies(profile -> {
            assertThat(profile.givenName()).isEqualTo("Thị Hoa");
            assertThat(profile.familyName()).isEqualTo("Đặng");
            assertThat(profile.birthDate()).hasToString("1991-09-09");
            assertThat(profile.assuranceLevel()).isEqualTo("urn:vn:vneid:loa:2");
        });
        Map<String, Object> row = jdbc.sql("select * from learner where learner_key = ?")
                .param(key.value())
                .query()
                .singleRow();
        // Texts with diacritics or dashes, which base64url ciphertext cannot hold by chance.
        assertThat(row.values().toString())
                .doesNotContain("Thị Hoa")
                .doesNotContain("Đặng")
                .doesNotContain("1991-09-09")
                .doesNotContain(nationalId);
        session.perform(MockMvcRequestBuilders.get("/learn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin chào, Thị Hoa!")));
        assertTokenRequestUsedPkceAndAPrivateKeyJwt(authorization);
    }

    @Test
    void whenTheLearnerLogsInAgainThenTheirProfileAndAssuranceLevelAreUpdatedNotDuplicated() throws Exception {
        String nationalId = freshNationalId();
        String subject = "pairwise-" + UUID.randomUUID();
        login(
                subject,
                Map.of(
                        "national_id",
                        nationalId,
                        "given_name",
                        "Minh",
                        "family_name",
                        "Lê",
                        "birthdate",
                        "2002-11-20",
                        "acr",
                        "urn:vn:vneid:loa:1"));
        Counts before = counts();

        login(
                subject,
                Map.of(
                        "national_id",
                        nationalId,
                        "given_name",
                        "Minh",
                        "family_name",
                        "Lê",
                        "birthdate",
                        "2002-11-20",
                        "acr",
                        "urn:vn:vneid:loa:2"));

        assertThat(counts()).isEqualTo(before);
        assertThat(directory.profile(learnerKeys.of(nationalId)))
                .map(LearnerProfile::assuranceLevel)
                .contains("urn:vn:vneid:loa:2");
    }

    @Test
    void whenTheLoginReleasesNoNationalIdThenItIsRefusedWithAReadablePageAndNothingIsRecorded() throws Exception {
        Counts before = counts();

        CookieSession session = login(
                "pairwise-" + UUID.randomUUID(),
                Map.of(
                        "given_name",
                        "Minh",
                        "family_name",
                        "Lê",
                        "birthdate",
                        "2002-11-20",
                        "acr",
                        "urn:vn:vneid:loa:1"));

        session.perform(MockMvcRequestBuilders.get("/login-error"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không cung cấp số định danh cá nhân")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheIdTokenIsSignedByAKeyAuthServerDoesNotPublishThenTheLoginFailsAndNothingIsRecorded() throws Exception {
        Counts before = counts();
        CookieSession session = new CookieSession(mvc);
        Map<String, String> authorization = startLogin(session);
        String subject = "pairwise-" + UUID.randomUUID();
        stubTokenAndUserinfo(
                subject,
                authorization.get("nonce"),
                Map.of(
                        "national_id",
                        freshNationalId(),
                        "given_name",
                        "Giả",
                        "family_name",
                        "Mạo",
                        "birthdate",
                        "1990-01-01",
                        "acr",
                        "urn:vn:vneid:loa:2"),
                LearningTestAuthServer.FORGER);

        session.perform(MockMvcRequestBuilders.get("/login/oauth2/code/auth-server")
                        .param("code", "code-" + UUID.randomUUID())
                        .param("state", authorization.get("state")))
                .andExpect(redirectedUrl("/login-error"));

        session.perform(MockMvcRequestBuilders.get("/login-error"))
                .andExpect(content().string(containsString("Đăng nhập không thành công")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheClientKeysAreFetchedThenOnlyPublicPartsOfTheClientRingAreServed() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get("/oauth2/client-jwks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("EC"))
                .andExpect(jsonPath("$.keys[0].crv").value("P-256"))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JWKSet published = JWKSet.parse(body);
        assertThat(published.getKeys()).noneMatch(key -> key.isPrivate());
        // A key ring of its own: not the issuer's signing key.
        assertThat(published.getKeys())
                .noneMatch(key -> key.getKeyID().equals(issuerKeys.active().kid()));
    }

    private CookieSession login(String subject, Map<String, Object> claims) throws Exception {
        return standIn().login(subject, claims);
    }

    private Map<String, String> startLogin(CookieSession session) throws Exception {
        Map<String, String> parameters = standIn().startLogin(session);
        assertThat(parameters)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "credential-portal")
                .containsEntry("scope", "openid profile national_id")
                .containsEntry("redirect_uri", "http://localhost:8080/login/oauth2/code/auth-server")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
        return parameters;
    }

    private void stubTokenAndUserinfo(String subject, String nonce, Map<String, Object> claims, ECKey signer) {
        standIn().answer(subject, nonce, claims, signer);
    }

    private AuthServerStandIn standIn() {
        return new AuthServerStandIn(mvc, authServer, authServerUrl);
    }

    /** RFC 7636 §4.6 and RFC 7523 §3, checked with Nimbus against the keys we publish. */
    private void assertTokenRequestUsedPkceAndAPrivateKeyJwt(Map<String, String> authorization) throws Exception {
        List<LoggedRequest> requests = authServer.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing("grant_type=authorization_code")));
        assertThat(requests).hasSize(1);
        Map<String, String> form = UriComponentsBuilder.fromUriString(
                        "?" + requests.get(0).getBodyAsString())
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> decode(entry.getValue())));
        assertThat(form)
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("redirect_uri", "http://localhost:8080/login/oauth2/code/auth-server")
                .doesNotContainKey("client_secret");
        byte[] challenge = MessageDigest.getInstance("SHA-256")
                .digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(challenge))
                .isEqualTo(authorization.get("code_challenge"));

        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        JWKSet published = JWKSet.parse(mvc.perform(MockMvcRequestBuilders.get("/oauth2/client-jwks"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        ECKey key = (ECKey) published.getKeyByKeyId(assertion.getHeader().getKeyID());
        assertThat(key)
                .as("the assertion's kid is published at /oauth2/client-jwks")
                .isNotNull();
        assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(assertion.verify(new ECDSAVerifier(key))).isTrue();
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("credential-portal");
        assertThat(claims.getSubject()).isEqualTo("credential-portal");
        assertThat(claims.getAudience()).containsExactly(authServerUrl + "/oauth2/token");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isLessThanOrEqualTo(300_000);
        authServer.verify(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withHeader(
                        "Content-Type",
                        com.github.tomakehurst.wiremock.client.WireMock.containing(
                                "application/x-www-form-urlencoded")));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
