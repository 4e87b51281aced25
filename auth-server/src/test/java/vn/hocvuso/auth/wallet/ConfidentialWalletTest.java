package vn.hocvuso.auth.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import vn.hocvuso.auth.client.ClientRequirements;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.DPoPProof;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.WalletClient;
import vn.hocvuso.auth.support.WalletFlowTest;

/**
 * The confidential wallet client of application.yml ({@code wallet-confidential}): pushed request
 * with {@code private_key_jwt}, login, consent, code, token request with {@code private_key_jwt},
 * PKCE and DPoP, a DPoP-bound access token and refresh token; and what it is refused.
 */
class ConfidentialWalletTest extends WalletFlowTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    RegisteredClientRepository clients;

    @Test
    void whenTheWalletIsRegisteredThenItMustPushUseDPoPAndAuthenticateWithItsDemoKey() {
        RegisteredClient wallet = clients.findByClientId("wallet-confidential");
        RegisteredClient demoWallet = clients.findByClientId("demo-wallet");

        assertThat(ClientRequirements.pushedAuthorizationRequests(wallet)).isTrue();
        assertThat(ClientRequirements.dpop(wallet)).isTrue();
        assertThat(wallet.getClientAuthenticationMethods())
                .extracting(method -> method.getValue())
                .containsExactly("private_key_jwt");
        assertThat(wallet.getScopes()).containsExactlyInAnyOrder("openid", "digital_competency_credential");
        assertThat(wallet.getClientSettings().isRequireAuthorizationConsent()).isTrue();
        assertThat(Path.of("test-data", "auth-server", "demo-clients", "wallet-confidential", "keys.p12"))
                .exists();
        assertThat(ClientRequirements.pushedAuthorizationRequests(demoWallet)).isFalse();
        assertThat(ClientRequirements.dpop(demoWallet)).isFalse();
    }

    @Test
    void whenTheWalletPushesLogsInAndRedeemsWithDPoPThenItsTokensAreBoundToItsKey() {
        WalletClient wallet = confidentialWallet(53111);

        WalletClient.Pushed pushed = wallet.push(WALLET_SCOPE, Map.of());
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);
        assertThat(pushed.requestUri()).startsWith("urn:ietf:params:oauth:request_uri:");
        assertThat(Long.parseLong(pushed.response().get("expires_in"))).isBetween(1L, 300L);
        String code = codeFor(wallet, pushed, Citizen.AN.another("wallet-flow"));

        TestClient.TokenResponse tokens =
                wallet.redeem(code, pushed.authorization(), wallet.proof().serialize());

        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.get("token_type")).isEqualTo("DPoP");
        assertThat(tokens.get("refresh_token")).isNotBlank();
        Map<String, Object> access = claims(tokens.get("access_token"));
        assertThat(access).containsEntry("client_id", "wallet-confidential");
        assertThat(access.get("scope")).isEqualTo("digital_competency_credential openid");
        assertThat(access).containsEntry("cnf", Map.of("jkt", DPoPProof.thumbprint(wallet.dpopKey())));
        assertThat(claims(tokens.get("id_token"))).containsEntry("aud", "wallet-confidential");

        TestClient.TokenResponse refreshed =
                wallet.refresh(tokens.get("refresh_token"), wallet.proof().serialize());

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.get("token_type")).isEqualTo("DPoP");
        assertThat(claims(refreshed.get("access_token")))
                .containsEntry("cnf", Map.of("jkt", DPoPProof.thumbprint(wallet.dpopKey())));
        assertThat(refreshed.get("refresh_token")).isNotEqualTo(tokens.get("refresh_token"));
    }

    @Test
    void whenTheWalletSkipsPushingThenItsRequestIsRefusedToItsRedirectUriAndNothingIsStored() {
        WalletClient wallet = confidentialWallet(53112);
        TestClient.Authorization plain = wallet.client().authorize(WALLET_SCOPE);
        long authorizations = authorizations();

        Browser.Response response = browser.get(plain.url());

        assertThat(response.isRedirect()).as(response.text()).isTrue();
        assertThat(response.location().toString()).startsWith("http://127.0.0.1:53112/callback?");
        assertThat(response.locationParameters())
                .containsEntry("error", "invalid_request")
                .containsEntry("state", plain.state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenTheWalletSkipsPushingWithAnUnregisteredRedirectUriThenAnErrorPageIsShownNotARedirect() {
        TestClient stranger = new TestClient(
                SERVER,
                "wallet-confidential",
                "http://localhost:53113/elsewhere",
                demoClientKey("wallet-confidential"));
        long authorizations = authorizations();

        Browser.Response response = browser.get(stranger.authorize(WALLET_SCOPE).url());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.location()).isNull();
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenTheWalletRedeemsWithoutADPoPProofThenNoTokenIsIssuedAndTheCodeStaysUnspent() {
        WalletClient wallet = confidentialWallet(53114);
        WalletClient.Pushed pushed = wallet.push(WALLET_SCOPE, Map.of());
        String code = codeFor(wallet, pushed, Citizen.AN.another("wallet-no-dpop"));
        long tokens = accessTokensIssued();
        long spent = spentTokens();

        TestClient.TokenResponse refused = wallet.redeem(code, pushed.authorization(), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_dpop_proof");
        assertThat(refused.get("access_token")).isNull();
        assertThat(accessTokensIssued()).isEqualTo(tokens);
        assertThat(spentTokens()).isEqualTo(spent);
        assertThat(wallet.redeem(code, pushed.authorization(), wallet.proof().serialize())
                        .status())
                .as("the code was left unspent")
                .isEqualTo(200);
    }

    @Test
    void whenTheWalletPushesWithAnotherKeyThanItsRegisteredOneThenThePushIsRefused() {
        ECKey stolen = FakeUpstream.generate();
        WalletClient impostor = new WalletClient(
                SERVER,
                new TestClient(SERVER, "wallet-confidential", "http://127.0.0.1:53115/callback", stolen),
                FakeUpstream.generate());
        long authorizations = authorizations();

        WalletClient.Pushed pushed = impostor.push(WALLET_SCOPE, Map.of());

        assertThat(pushed.response().status()).isEqualTo(401);
        assertThat(pushed.response().error()).isEqualTo("invalid_client");
        assertThat(pushed.requestUri()).isNull();
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenTheWalletPushesWithoutAuthenticatingThenThePushIsRefused() {
        WalletClient anonymous = new WalletClient(
                SERVER,
                new TestClient(SERVER, "wallet-confidential", "http://127.0.0.1:53116/callback", null),
                FakeUpstream.generate());
        long authorizations = authorizations();

        WalletClient.Pushed pushed = anonymous.push(WALLET_SCOPE, Map.of());

        // A bare client_id is how a public client pushes; a confidential one must authenticate.
        assertThat(pushed.response().status()).isEqualTo(401);
        assertThat(pushed.response().error()).isEqualTo("invalid_client");
        assertThat(pushed.requestUri()).isNull();
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenTheBoundAccessTokenIsUsedAtUserinfoThenOnlyTheDPoPPresentationWorks() throws Exception {
        WalletClient wallet = confidentialWallet(53117);
        WalletClient.Pushed pushed = wallet.push(WALLET_SCOPE, Map.of());
        String code = codeFor(wallet, pushed, Citizen.AN.another("wallet-userinfo"));
        String accessToken = wallet.redeem(
                        code, pushed.authorization(), wallet.proof().serialize())
                .get("access_token");
        String userinfo = SERVER + "/userinfo";

        HttpResponse<String> asBearer = HTTP.send(
                HttpRequest.newBuilder(URI.create(userinfo))
                        .header("Authorization", "Bearer " + accessToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> asDPoP = HTTP.send(
                HttpRequest.newBuilder(URI.create(userinfo))
                        .header("Authorization", "DPoP " + accessToken)
                        .header(
                                "DPoP",
                                DPoPProof.of(wallet.dpopKey(), "GET", userinfo)
                                        .forToken(accessToken)
                                        .serialize())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(asBearer.statusCode())
                .as("a DPoP-bound token is no bearer token")
                .isEqualTo(401);
        assertThat(asDPoP.statusCode()).as(asDPoP.body()).isEqualTo(200);
        assertThat(asDPoP.body()).contains("\"sub\"");
    }
}
