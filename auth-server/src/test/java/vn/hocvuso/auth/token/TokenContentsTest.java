package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;

class TokenContentsTest extends FlowTest {

    private static final List<String> PERSONAL =
            List.of("national_id", "name", "given_name", "family_name", "birthdate", "gender", "address");

    private TestClient.TokenResponse portalLogin(String scope, Citizen citizen) {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize(scope);
        String code = codeFrom(login(authorization.url(), citizen), authorization);
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        return tokens;
    }

    @Test
    void whenTheCredentialPortalAsksForTheIdNumberThenTheIdTokenCarriesItWithTheLoginFacts() throws Exception {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid profile national_id");
        UpstreamRequest upstream = startLogin(authorization.url());
        long upstreamAuthTime = java.time.Instant.now().minusSeconds(42).getEpochSecond();
        UPSTREAM.answer(upstream, Citizen.AN);
        UPSTREAM.stubToken(UPSTREAM.tokenResponse(
                UPSTREAM.idToken(upstream, Citizen.AN, claims -> claims.claim("auth_time", upstreamAuthTime))));
        String code = codeFrom(finishLogin(upstream, successfulResponse(upstream)), authorization);
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);

        SignedJWT idToken = SignedJWT.parse(tokens.get("id_token"));
        assertThat(idToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(verifiesWithOurJwks(idToken)).isTrue();
        Map<String, Object> claims = idToken.getJWTClaimsSet().toJSONObject();
        assertThat(claims).containsEntry("iss", SERVER);
        assertThat(claims.get("aud")).isEqualTo("credential-portal");
        assertThat(claims).containsEntry("azp", "credential-portal");
        assertThat(claims).containsEntry("nonce", authorization.nonce());
        assertThat(claims).containsEntry("national_id", Citizen.AN.nationalId());
        assertThat(claims).containsEntry("name", "Nguyễn Văn An");
        assertThat(claims).containsEntry("given_name", "Văn An");
        assertThat(claims).containsEntry("family_name", "Nguyễn");
        assertThat(claims).containsEntry("birthdate", "1989-03-15");
        assertThat(claims).containsEntry("gender", "male");
        assertThat(claims).doesNotContainKey("address");
        assertThat(claims).containsEntry("acr", Citizen.LEVEL_2);
        assertThat(claims.get("amr")).isEqualTo(List.of("pwd", "otp", "mfa"));
        assertThat(((Number) claims.get("auth_time")).longValue()).isEqualTo(upstreamAuthTime);
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(300);
        assertThat((String) claims.get("sub"))
                .doesNotContain(Citizen.AN.subject())
                .hasSize(43);
    }

    @Test
    void whenAnAccessTokenIsIssuedForACitizenThenItHasTheContractClaimsAndNoPersonalData() throws Exception {
        TestClient.TokenResponse tokens = portalLogin("openid profile national_id", Citizen.AN);

        SignedJWT accessToken = SignedJWT.parse(tokens.get("access_token"));
        assertThat(accessToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(accessToken.getHeader().getKeyID()).isNotBlank();
        assertThat(verifiesWithOurJwks(accessToken)).isTrue();
        Map<String, Object> claims = accessToken.getJWTClaimsSet().toJSONObject();
        assertThat(claims).containsEntry("iss", SERVER);
        assertThat(claims.get("aud")).isIn("http://localhost:8080", List.of("http://localhost:8080"));
        assertThat(claims).containsEntry("client_id", "credential-portal");
        assertThat(claims).containsEntry("scope", "national_id openid profile");
        assertThat(claims).containsEntry("acr", Citizen.LEVEL_2);
        assertThat(claims).containsKeys("exp", "iat", "jti", "auth_time");
        assertThat(claims.get("amr")).isEqualTo(List.of("pwd", "otp", "mfa"));
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(300);
        assertThat(claims).doesNotContainKeys(PERSONAL.toArray(String[]::new));
        assertThat(accessToken.getPayload().toString()).doesNotContain(Citizen.AN.nationalId(), "Văn An");
        // The credential service's sector: the same sub as the portal's ID token (also sector credential-api).
        assertThat(claims.get("sub")).isEqualTo(claims(tokens.get("id_token")).get("sub"));
    }

    @Test
    void whenTheIdNumberScopeIsNotAskedThenTheIdTokenHasNoIdNumber() {
        TestClient.TokenResponse tokens = portalLogin("openid profile", Citizen.BINH);

        Map<String, Object> idToken = claims(tokens.get("id_token"));
        assertThat(idToken).doesNotContainKey("national_id");
        assertThat(idToken).containsEntry("name", Citizen.BINH.name());
        assertThat(claims(tokens.get("access_token"))).containsEntry("scope", "openid profile");
    }

    @Test
    void whenOnlyOpenidIsAskedThenTheIdTokenHasNoPersonalData() {
        TestClient.TokenResponse tokens = portalLogin("openid", Citizen.BINH);

        assertThat(claims(tokens.get("id_token"))).doesNotContainKeys(PERSONAL.toArray(String[]::new));
    }

    @Test
    void whenUserinfoIsCalledThenItAnswersTheIdTokenClaimsWithTheSameSubject() {
        TestClient.TokenResponse tokens = portalLogin("openid profile national_id", Citizen.AN);
        Map<String, Object> idToken = claims(tokens.get("id_token"));

        String userInfo = TestClient.bearerGet(SERVER + "/userinfo", tokens.get("access_token"));

        assertThat(userInfo).startsWith("200 ");
        Map<String, Object> claims = parse(userInfo.substring(4));
        assertThat(claims).containsEntry("sub", idToken.get("sub"));
        assertThat(claims).containsEntry("national_id", Citizen.AN.nationalId());
        assertThat(claims).containsEntry("family_name", "Nguyễn");
        assertThat(claims).containsEntry("acr", Citizen.LEVEL_2);
    }

    @Test
    void whenUserinfoGetsAForgedTokenThenItRefuses() {
        TestClient.TokenResponse tokens = portalLogin("openid profile", Citizen.BINH);
        String[] parts = tokens.get("access_token").split("\\.");

        String answer = TestClient.bearerGet(SERVER + "/userinfo", parts[0] + "." + parts[1] + ".AAAA");

        assertThat(answer).startsWith("401");
    }

    private static boolean verifiesWithOurJwks(SignedJWT jwt) throws Exception {
        JWKSet jwks = JWKSet.load(URI.create(SERVER + "/oauth2/jwks").toURL());
        ECKey key = (ECKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new ECDSAVerifier(key));
    }

    private static Map<String, Object> parse(String json) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readValue(json, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
    }
}
