package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/** The ID token of a refresh (OIDC Core §12.2): the same person and login, issued now. */
class RefreshedIdTokenTest extends FlowTest {

    @Test
    void whenTokensAreRefreshedThenTheNewIdTokenKeepsIssSubAudAzpAuthTimeAndAcr() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid profile");
        String code = codeFrom(login(authorization.url(), Citizen.CHAU), authorization);
        TestClient.TokenResponse first = portal.redeem(code, authorization);
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        TestClient.TokenResponse refreshed = portal.refresh(first.get("refresh_token"));

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        Map<String, Object> original = claims(first.get("id_token"));
        Map<String, Object> renewed = claims(refreshed.get("id_token"));
        for (String same : new String[] {"iss", "sub", "aud", "azp", "auth_time", "acr", "amr"}) {
            assertThat(renewed.get(same)).as(same).isNotNull().isEqualTo(original.get(same));
        }
        assertThat(((Number) renewed.get("iat")).longValue())
                .isGreaterThanOrEqualTo(((Number) original.get("iat")).longValue());
        // §12.2: SHOULD NOT have a nonce; if present, the original one.
        if (renewed.containsKey("nonce")) {
            assertThat(renewed.get("nonce")).isEqualTo(authorization.nonce());
        }
        assertThat(refreshed.get("refresh_token")).isNotEqualTo(first.get("refresh_token"));
    }
}
