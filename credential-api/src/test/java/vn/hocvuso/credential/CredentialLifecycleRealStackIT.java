package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.RealStack;
import vn.hocvuso.credential.support.StackBrowser;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;

/**
 * A certificate's whole life through the real stack, as people and a standard wallet go through
 * it: Lê Minh Châu (048302000003, level 1, who has not started) logs in with the national
 * identity, completes the basic programme, and takes her certificate into a wallet, both by the
 * portal's pre-authorized offer and by the wallet's own authorization code flow at auth-server
 * (public client {@code demo-wallet}, PKCE, loopback redirect). The wallet verifies each
 * credential against the issuer's {@code /.well-known/jwt-vc-issuer} keys and its {@code x5c}
 * chain to credential-api's root. An employer's page asks for it and sees it valid; an operator
 * revokes it; its status-list entry then says invalid and the employer's next check says revoked.
 */
class CredentialLifecycleRealStackIT {

    static final String CHAU = "048302000003";
    static final String PROGRAMME = "bdhvs-digital-national-assembly";
    static boolean completed;
    static final String CONFIGURATION_ID = "digital_competency_sd_jwt";

    final RealStack stack = RealStack.get();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whenChauTakesHerCertificateByTheOfferThenAnEmployerSeesItValidUntilAnOperatorRevokesIt() throws Exception {
        HolderWallet wallet = new HolderWallet(List.of(localRoot()));
        String credentialId;
        try (WebClient browser = StackBrowser.open()) {
            logInHavingCompletedTheProgramme(browser);
            List<String> before = credentialIds(browser);
            HtmlPage offers = browser.getPage(stack.credentials.baseUrl() + "/credentials/offer");
            HtmlPage offer = StackBrowser.submit(offerFormFor(offers, PROGRAMME));
            String link = offer.getHtmlElementById("deep-link").getAttribute("href");
            String txCode = offer.getHtmlElementById("tx-code").asNormalizedText();
            assertThat(link).startsWith("openid-credential-offer://");

            StoredCredential received = wallet.requestCredentials(
                            stack.credentials.baseUrl(),
                            wallet.redeem(wallet.resolveOffer(link), txCode),
                            CONFIGURATION_ID,
                            1)
                    .get(0);
            assertThat(received.claims()).containsKey("cnf");

            // The learner's own list shows the new certificate; its id is what an operator is given.
            List<String> after = new java.util.ArrayList<>(credentialIds(browser));
            after.removeAll(before);
            assertThat(after).hasSize(1);
            credentialId = after.get(0);
        }

        HtmlPage firstCheck = employerAsksAndWalletAnswers(wallet);
        assertThat(firstCheck.getHtmlElementById("verdict-heading").asNormalizedText())
                .startsWith("Hợp lệ");
        // Selective disclosure: the names she was asked for, not her birth date (2002-11-20).
        assertThat(firstCheck.getHtmlElementById("claims").asNormalizedText())
                .contains("Minh Châu")
                .doesNotContain("2002");

        HttpResponse<String> revoked = operator(credentialId, "revoke", "Certificate obtained by fraud");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("\"status\":\"revoked\"");

        HtmlPage secondCheck = employerAsksAndWalletAnswers(wallet);
        assertThat(secondCheck.getHtmlElementById("verdict-heading").asNormalizedText())
                .isEqualTo("Không hợp lệ");
        assertThat(secondCheck.getHtmlElementById("verdict-reason").asNormalizedText())
                .isEqualTo("Chứng chỉ đã bị thu hồi");
        assertThat(wallet.statusOf(wallet.credentials().get(0)))
                .as("status list entry")
                .isEqualTo(1);
    }

    @Test
    void whenAWalletRunsTheAuthorizationCodeFlowAtAuthServerThenItReceivesChausCertificateBoundToItsKeys()
            throws Exception {
        HolderWallet wallet = new HolderWallet(List.of(localRoot()));
        try (WebClient browser = StackBrowser.open();
                Callback callback = Callback.start()) {
            // The portal login links Châu's auth-server subject to her learning records.
            logInHavingCompletedTheProgramme(browser);

            String verifier = random();
            String state = random();
            String authorize = stack.authServer.baseUrl() + "/oauth2/authorize?response_type=code"
                    + "&client_id=demo-wallet&redirect_uri=" + encode(callback.redirectUri())
                    + "&scope=" + encode("openid digital_competency_credential")
                    + "&state=" + state + "&code_challenge=" + challenge(verifier)
                    + "&code_challenge_method=S256";
            HtmlPage consent = browser.getPage(authorize);
            HtmlForm approve = consent.getFormByName("approve");
            StackBrowser.submit(approve);
            Map<String, String> answer = callback.parameters().get(30, TimeUnit.SECONDS);
            assertThat(answer).containsEntry("state", state).containsEntry("iss", stack.authServer.baseUrl());

            HttpResponse<String> token = http.send(
                    HttpRequest.newBuilder(URI.create(stack.authServer.baseUrl() + "/oauth2/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=authorization_code&client_id=demo-wallet"
                                            + "&code=" + encode(answer.get("code"))
                                            + "&redirect_uri=" + encode(callback.redirectUri())
                                            + "&code_verifier=" + verifier))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

            StoredCredential received = wallet.requestCredentials(
                            stack.credentials.baseUrl(), accessToken, CONFIGURATION_ID, 2)
                    .get(1);
            assertThat(received.claims()).containsKey("cnf");
            assertThat(wallet.statusOf(received)).isZero();
        }
    }

    /** Châu logs in to the portal; the first time, she also completes the programme (each test may run first). */
    private void logInHavingCompletedTheProgramme(WebClient browser) throws Exception {
        StackBrowser.logInToPortal(browser, stack, CHAU);
        synchronized (CredentialLifecycleRealStackIT.class) {
            if (!completed) {
                HtmlPage done = StackBrowser.completeProgramme(browser, stack, PROGRAMME);
                assertThat(done.asNormalizedText()).contains("Chứng nhận đã sẵn sàng");
                completed = true;
            }
        }
    }

    private HtmlPage employerAsksAndWalletAnswers(HolderWallet wallet) throws Exception {
        try (WebClient employer = StackBrowser.open()) {
            HtmlPage start = employer.getPage(stack.credentials.baseUrl() + "/verify");
            HtmlForm form = StackBrowser.form(start, "claim");
            for (String claim : List.of("given_name", "family_name")) {
                form.<HtmlCheckBoxInput>getOneHtmlElementByAttribute("input", "value", claim)
                        .setChecked(true);
            }
            HtmlPage request = StackBrowser.submit(form);
            String link = request.getHtmlElementById("same-device-link").getAttribute("href");
            wallet.respond(link, null);
            return employer.getPage(request.getUrl());
        }
    }

    private List<String> credentialIds(WebClient browser) throws Exception {
        HtmlPage mine = browser.getPage(stack.credentials.baseUrl() + "/credentials");
        return mine.querySelectorAll("tr[data-credential-id]").stream()
                .map(row -> ((DomElement) row).getAttribute("data-credential-id"))
                .toList();
    }

    private static HtmlForm offerFormFor(HtmlPage page, String programme) {
        for (HtmlForm form : page.getForms()) {
            if (form.getInputsByName("programme").stream().anyMatch(input -> programme.equals(input.getValue()))) {
                return form;
            }
        }
        throw new AssertionError("no offer for " + programme + " on the page:\n" + page.asNormalizedText());
    }

    private HttpResponse<String> operator(String credentialId, String action, String reason) throws Exception {
        String password = Files.readString(stack.credentials.dataDir().resolve("operator.password"))
                .strip();
        String basic = Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(stack.credentials.baseUrl() + "/api/v1/operator/credentials/"
                                + credentialId + "/" + action))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + reason + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The root credential-api generated on first start and publishes for verifiers and wallets. */
    private X509Certificate localRoot() throws Exception {
        try (InputStream pem = Files.newInputStream(stack.credentials.dataDir().resolve("root-ca.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The wallet's loopback redirect listener (RFC 8252 §7.3): any port on 127.0.0.1, path /callback. */
    private record Callback(HttpServer server, CompletableFuture<Map<String, String>> parameters)
            implements AutoCloseable {

        static Callback start() throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            CompletableFuture<Map<String, String>> parameters = new CompletableFuture<>();
            server.createContext("/callback", exchange -> {
                parameters.complete(query(exchange.getRequestURI().getRawQuery()));
                byte[] body = "<!doctype html><title>Wallet</title><p>You can close this window.</p>"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return new Callback(server, parameters);
        }

        String redirectUri() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
        }

        private static Map<String, String> query(String raw) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (String pair : raw == null ? new String[0] : raw.split("&")) {
                int equals = pair.indexOf('=');
                values.put(
                        java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return values;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
