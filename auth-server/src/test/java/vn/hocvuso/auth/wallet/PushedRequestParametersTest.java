package vn.hocvuso.auth.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.UpstreamRequest;
import vn.hocvuso.auth.support.WalletClient;
import vn.hocvuso.auth.support.WalletFlowTest;

/**
 * The OpenID request parameters inside a pushed authorization request (RFC 9126): {@code prompt},
 * {@code max_age}, {@code id_token_hint} and the hints for the upstream count as they do in the
 * front channel, although the front channel then carries only {@code client_id} and
 * {@code request_uri}; front-channel copies of them do not count.
 */
class PushedRequestParametersTest extends WalletFlowTest {

    private Browser.Response follow(WalletClient wallet, WalletClient.Pushed pushed) {
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);
        return browser.follow(browser.get(wallet.authorizeUrl(pushed.requestUri())), FlowTest::ours);
    }

    private static void assertErrorAtWallet(
            Browser.Response response, WalletClient wallet, WalletClient.Pushed pushed, String error) {
        assertThat(response.isRedirect())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        assertThat(response.location().toString()).startsWith(wallet.client().redirectUri() + "?");
        assertThat(response.locationParameters())
                .containsEntry("error", error)
                .containsEntry("state", pushed.authorization().state())
                .containsEntry("iss", SERVER)
                .doesNotContainKey("code");
    }

    @Test
    void whenAPushedRequestSaysPromptNoneWithoutASessionThenLoginRequiredAndNoCode() {
        WalletClient wallet = publicWallet(53401);
        WalletClient.Pushed pushed = wallet.push("openid", Map.of("prompt", "none"));
        long codes = codesIssued();

        Browser.Response response = browser.get(wallet.authorizeUrl(pushed.requestUri()));

        assertErrorAtWallet(response, wallet, pushed, "login_required");
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenOnlyTheFrontChannelSaysPromptNoneThenItIsIgnoredAndTheLoginPageIsShown() {
        WalletClient wallet = publicWallet(53402);
        WalletClient.Pushed pushed = wallet.push("openid", Map.of());
        long codes = codesIssued();

        Browser.Response page =
                browser.follow(browser.get(wallet.authorizeUrl(pushed.requestUri()) + "&prompt=none"), FlowTest::ours);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.url().getPath()).isEqualTo("/login");
        assertThat(codesIssued()).isEqualTo(codes);
    }

    @Test
    void whenAPushedRequestSaysPromptLoginToALoggedInCitizenThenAFreshUpstreamLoginComesBeforeTheCode() {
        Citizen citizen = Citizen.AN.another("par-prompt-login");
        WalletClient wallet = publicWallet(53403);
        codeFor(wallet, wallet.push("openid", Map.of()), citizen);
        int upstreamLogins = UPSTREAM.tokenRequests().size();
        WalletClient.Pushed again = wallet.push("openid", Map.of("prompt", "login"));
        long codes = codesIssued();

        Browser.Response loginPage = follow(wallet, again);

        assertThat(loginPage.url().getPath()).isEqualTo("/login");
        assertThat(codesIssued()).isEqualTo(codes);
        UpstreamRequest upstream = toUpstream(browser.get(
                loginPage.url().resolve("/oauth2/authorization/national-id").toString()));
        assertThat(upstream.get("prompt")).isEqualTo("login");
        UPSTREAM.answer(upstream, citizen);
        Browser.Response atWallet = finishLogin(upstream, successfulResponse(upstream));
        codeFrom(atWallet, again.authorization());
        assertThat(UPSTREAM.tokenRequests()).hasSize(upstreamLogins + 1);
    }

    @Test
    void whenAPushedRequestSaysMaxAgeZeroToALoggedInCitizenThenAFreshUpstreamLoginIsDemanded() {
        WalletClient wallet = publicWallet(53404);
        codeFor(wallet, wallet.push("openid", Map.of()), Citizen.AN.another("par-max-age"));
        WalletClient.Pushed again = wallet.push("openid", Map.of("max_age", "0"));
        long codes = codesIssued();

        Browser.Response loginPage = follow(wallet, again);

        assertThat(loginPage.url().getPath()).isEqualTo("/login");
        assertThat(codesIssued()).isEqualTo(codes);
        UpstreamRequest upstream = toUpstream(browser.get(
                loginPage.url().resolve("/oauth2/authorization/national-id").toString()));
        assertThat(upstream.get("max_age")).isEqualTo("0");
        assertThat(upstream.get("prompt")).isEqualTo("login");
    }

    @Test
    void whenAPushedRequestCarriesAForgedIdTokenHintThenInvalidRequestAndNoCode() throws Exception {
        WalletClient wallet = publicWallet(53405);
        codeFor(wallet, wallet.push("openid", Map.of()), Citizen.AN.another("par-forged-hint"));
        SignedJWT forged = new SignedJWT(
                new JWSHeader(JWSAlgorithm.ES256),
                new JWTClaimsSet.Builder()
                        .issuer(SERVER)
                        .subject("someone-else")
                        .audience(wallet.client().clientId())
                        .issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .build());
        forged.sign(new ECDSASigner(FakeUpstream.generate()));
        WalletClient.Pushed pushed = wallet.push("openid", Map.of("id_token_hint", forged.serialize()));
        long codes = codesIssued();
        long authorizations = authorizations();

        Browser.Response response = browser.get(wallet.authorizeUrl(pushed.requestUri()));

        assertErrorAtWallet(response, wallet, pushed, "invalid_request");
        assertThat(codesIssued()).isEqualTo(codes);
        assertThat(authorizations()).isEqualTo(authorizations);
    }

    @Test
    void whenAPushedRequestSaysPromptConsentForAConsentedClientThenTheConsentPageIsShown() {
        WalletClient wallet = publicWallet(53406);
        codeFor(wallet, wallet.push(WALLET_SCOPE, Map.of()), Citizen.AN.another("par-consent"));
        WalletClient.Pushed again = wallet.push(WALLET_SCOPE, Map.of("prompt", "consent"));
        long codes = codesIssued();

        Browser.Response page = follow(wallet, again);

        assertThat(page.url().getPath()).as(page.text()).isEqualTo("/oauth2/consent");
        assertThat(codesIssued()).isEqualTo(codes);
        codeFrom(approve(page), again.authorization());
    }

    @Test
    void whenAPushedRequestCarriesHintsThenTheyTravelUpstream() {
        WalletClient wallet = publicWallet(53407);
        WalletClient.Pushed pushed = wallet.push(
                "openid",
                Map.of(
                        "login_hint",
                        Citizen.AN.nationalId(),
                        "ui_locales",
                        "en",
                        "acr_values",
                        Citizen.LEVEL_2,
                        "max_age",
                        "600"));
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);

        UpstreamRequest upstream = startLogin(wallet.authorizeUrl(pushed.requestUri()));

        assertThat(upstream.get("login_hint")).isEqualTo(Citizen.AN.nationalId());
        assertThat(upstream.get("ui_locales")).isEqualTo("en");
        assertThat(upstream.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
        assertThat(upstream.get("max_age")).isEqualTo("600");
    }

    @Test
    void whenALevel1SessionMeetsAPushedRequestAskingForLevel2ThenTheCitizenStepsUpBeforeAnyCode() {
        loginDirectly(Citizen.AN.another("par-acr-step-up").withLevel(1));
        WalletClient wallet = publicWallet(53408);
        WalletClient.Pushed pushed = wallet.push("openid", Map.of("acr_values", Citizen.LEVEL_2));
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);
        long codes = codesIssued();

        UpstreamRequest stepUp = toUpstream(browser.get(wallet.authorizeUrl(pushed.requestUri())));

        assertThat(stepUp.get("acr_values")).isEqualTo(Citizen.LEVEL_2);
        assertThat(codesIssued()).as("no code before the step-up").isEqualTo(codes);
    }
}
