package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/** Refresh tokens rotate at every use; a spent one coming back revokes the whole family (RFC 9700 §4.14.2). */
class RefreshTokenRotationTest extends FlowTest {

    private TestClient.TokenResponse portalTokens(TestClient portal) {
        TestClient.Authorization authorization = portal.authorize("openid profile");
        String code = codeFrom(login(authorization.url(), Citizen.AN), authorization);
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);
        assertThat(tokens.get("refresh_token")).isNotBlank();
        return tokens;
    }

    @Test
    void whenARefreshTokenIsUsedThenANewOneReplacesItWithFreshTokens() {
        TestClient portal = credentialPortal();
        TestClient.TokenResponse first = portalTokens(portal);

        TestClient.TokenResponse second = portal.refresh(first.get("refresh_token"));

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.get("refresh_token")).isNotBlank().isNotEqualTo(first.get("refresh_token"));
        assertThat(second.get("access_token")).isNotEqualTo(first.get("access_token"));
        assertThat(claims(second.get("access_token")))
                .containsEntry("sub", claims(first.get("access_token")).get("sub"))
                .containsEntry("acr", Citizen.LEVEL_2);
        assertThat(claims(second.get("id_token")))
                .containsEntry("sub", claims(first.get("id_token")).get("sub"));
    }

    @Test
    void whenASpentRefreshTokenComesBackThenTheWholeFamilyIsRevoked() {
        TestClient portal = credentialPortal();
        TestClient.TokenResponse first = portalTokens(portal);
        TestClient.TokenResponse second = portal.refresh(first.get("refresh_token"));
        assertThat(second.status()).isEqualTo(200);

        TestClient.TokenResponse reuse = portal.refresh(first.get("refresh_token"));

        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.error()).isEqualTo("invalid_grant");
        assertThat(portal.refresh(second.get("refresh_token")).error()).isEqualTo("invalid_grant");
        assertThat(portal.introspect(second.get("access_token")).json()).containsEntry("active", false);
        assertThat(portal.introspect(second.get("refresh_token")).json()).containsEntry("active", false);
    }

    @Test
    void whenOneRefreshTokenIsUsedConcurrentlyThenAtMostOneUseSucceedsAndTheFamilyIsRevoked() throws Exception {
        TestClient portal = credentialPortal();
        String refreshToken = portalTokens(portal).get("refresh_token");

        List<TestClient.TokenResponse> responses =
                CodeRedemptionConcurrencyTest.race(Collections.nCopies(10, refreshToken), portal::refresh);

        List<TestClient.TokenResponse> issued =
                responses.stream().filter(response -> response.status() == 200).toList();
        assertThat(issued).hasSize(1);
        assertThat(responses)
                .filteredOn(response -> response.status() != 200)
                .allSatisfy(response -> assertThat(response.error()).isEqualTo("invalid_grant"));
        assertThat(portal.refresh(issued.get(0).get("refresh_token")).error()).isEqualTo("invalid_grant");
    }

    @Test
    void whenAnotherClientPresentsTheRefreshTokenThenItIsRefusedAndTheTokenStaysUsable() {
        TestClient portal = credentialPortal();
        String refreshToken = portalTokens(portal).get("refresh_token");

        TestClient.TokenResponse stolen = consentClient().refresh(refreshToken);

        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.error()).isEqualTo("invalid_grant");
        assertThat(portal.refresh(refreshToken).status()).isEqualTo(200);
    }

    @Test
    void whenTokensAreRevokedThenIntrospectionSaysInactive() {
        TestClient portal = credentialPortal();
        TestClient.TokenResponse tokens = portalTokens(portal);
        TestClient.TokenResponse active = portal.introspect(tokens.get("access_token"));
        assertThat(active.json()).containsEntry("active", true).containsEntry("client_id", "credential-portal");

        TestClient.TokenResponse revoked = portal.revoke(tokens.get("refresh_token"));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(portal.refresh(tokens.get("refresh_token")).error()).isEqualTo("invalid_grant");
        assertThat(portal.introspect(tokens.get("refresh_token")).json()).containsEntry("active", false);
    }
}
