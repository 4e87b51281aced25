package vn.hocvuso.auth.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.auth.support.UpstreamRequest;
import vn.hocvuso.auth.support.WalletClient;
import vn.hocvuso.auth.support.WalletFlowTest;

/**
 * Pushed authorization requests (RFC 9126): advertised, open to every client, a {@code request_uri}
 * that works once and for a short time, and only the pushed parameters count.
 */
class PushedRequestsTest extends WalletFlowTest {

    private static final String PREFIX = "urn:ietf:params:oauth:request_uri:";

    @Test
    @SuppressWarnings("unchecked")
    void whenTheMetadataIsReadThenBothDocumentsAdvertisePushedRequestsAndDPoP() {
        for (String path : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
            String body = RestClient.create(SERVER).get().uri(path).retrieve().body(String.class);
            Map<String, Object> metadata =
                    JsonMapper.builder().build().readValue(body, new TypeReference<Map<String, Object>>() {});

            assertThat(metadata)
                    .as(path)
                    .containsEntry("pushed_authorization_request_endpoint", SERVER + "/oauth2/par");
            assertThat(metadata).as(path).containsEntry("require_pushed_authorization_requests", false);
            assertThat((List<Object>) metadata.get("dpop_signing_alg_values_supported"))
                    .as(path)
                    .contains("ES256")
                    .doesNotContain("none", "HS256");
        }
    }

    @Test
    void whenARequestUriIsUsedAgainAfterItsCodeThenItIsRefusedWithAnErrorPageAndNoCode() {
        WalletClient wallet = confidentialWallet(53201);
        WalletClient.Pushed pushed = wallet.push(WALLET_SCOPE, Map.of());
        codeFor(wallet, pushed, Citizen.AN.another("par-replay"));
        long codes = codesIssued();
        long authorizations = authorizations();

        Browser.Response again = browser.get(wallet.authorizeUrl(pushed.requestUri()));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.location()).isNull();
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenARequestUriHasExpiredThenItIsRefusedAndThePushedRequestIsDropped() {
        WalletClient wallet = confidentialWallet(53202);
        WalletClient.Pushed pushed = wallet.push(WALLET_SCOPE, Map.of());
        loginDirectly(Citizen.AN.another("par-expired"));
        // The expiry is part of the request_uri and of the stored state: move both a minute into the past.
        String state = pushed.requestUri().substring(PREFIX.length());
        String expired = state.substring(0, state.lastIndexOf("___") + 3) + (System.currentTimeMillis() - 60_000);
        assertThat(jdbc.sql("UPDATE oauth2_authorization SET state = :expired WHERE state = :state")
                        .param("expired", expired)
                        .param("state", state)
                        .update())
                .isEqualTo(1);
        long codes = codesIssued();
        long authorizations = authorizations();

        Browser.Response refused = browser.get(wallet.authorizeUrl(PREFIX + expired));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.location()).isNull();
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).as("the expired pushed request is removed").isEqualTo(authorizations - 1);
    }

    @Test
    void whenARequestUriIsUnknownThenItIsRefusedWithAnErrorPage() {
        WalletClient wallet = confidentialWallet(53203);
        loginDirectly(Citizen.AN.another("par-unknown"));
        long codes = codesIssued();

        Browser.Response refused =
                browser.get(wallet.authorizeUrl(PREFIX + "made-up___" + (System.currentTimeMillis() + 60_000)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.location()).isNull();
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenFrontChannelParametersComeWithTheRequestUriThenOnlyThePushedOnesCount() {
        WalletClient wallet = confidentialWallet(53204);
        WalletClient.Pushed pushed = wallet.push("openid", Map.of());
        String url = wallet.authorizeUrl(pushed.requestUri()) + "&"
                + TestClient.form(Map.of(
                        "response_type", "code",
                        "scope", WALLET_SCOPE,
                        "redirect_uri", "http://127.0.0.1:53999/evil",
                        "state", "front-channel-state"));

        Browser.Response atClient = login(url, Citizen.AN.another("par-front-channel"));

        assertThat(atClient.location().toString()).startsWith("http://127.0.0.1:53204/callback?");
        String code = codeFrom(atClient, pushed.authorization());
        TestClient.TokenResponse tokens =
                wallet.redeem(code, pushed.authorization(), wallet.proof().serialize());
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(claims(tokens.get("access_token"))).containsEntry("scope", "openid");
    }

    @Test
    void whenThePublicDemoWalletPushesThenItWorksAndWithoutPushingItStillWorks() {
        WalletClient pushing = publicWallet(53205);
        WalletClient.Pushed pushed = pushing.push(WALLET_SCOPE, Map.of());
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);
        String code = codeFor(pushing, pushed, Citizen.AN.another("par-public"));
        TestClient.TokenResponse bearer = pushing.redeem(code, pushed.authorization(), null);
        assertThat(bearer.status()).as(bearer.body()).isEqualTo(200);
        assertThat(bearer.get("token_type")).isEqualTo("Bearer");

        TestClient plain = demoWallet(53206);
        TestClient.Authorization authorization = plain.authorize(WALLET_SCOPE);
        Browser.Response atClient =
                browser.follow(browser.get(authorization.url()), vn.hocvuso.auth.support.FlowTest::ours);
        assertThat(plain.redeem(codeFrom(atClient, authorization), authorization)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenALevel1SessionMeetsAPushedRequestOfALevel2ClientThenTheCitizenStepsUpBeforeAnyCode() {
        Citizen citizen = Citizen.AN.another("par-step-up");
        loginDirectly(citizen.withLevel(1));
        WalletClient level2 = new WalletClient(SERVER, level2Client(), null);
        WalletClient.Pushed pushed = level2.push("openid profile", Map.of());
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);
        long codes = codesIssued();

        UpstreamRequest stepUp = toUpstream(browser.get(level2.authorizeUrl(pushed.requestUri())));

        assertThat(stepUp.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
        assertThat(codesIssued()).as("no code before the step-up").isEqualTo(codes);
    }
}
