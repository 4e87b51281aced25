package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.StackBrowser;
import vn.hocvuso.credential.support.TwoInstanceStack;
import vn.hocvuso.keys.ManagedKey;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Any request can reach any instance: two auth-servers and two credential-apis on one PostgreSQL
 * database per app, behind round-robin proxies without sticky sessions, serve the whole path. Lê
 * Minh Châu logs in through the national identity (the browser's login, the upstream authorization
 * request, the portal's OIDC login and CSRF tokens all hop between instances), completes the basic
 * programme, takes her certificate by the offer into a wallet, an employer's page verifies it, and an
 * agency with a real {@code private_key_jwt} token asks whether she is certified.
 *
 * <p>Needs the PostgreSQL server (it fails when it is down); the build runs it in the PostgreSQL pass only.
 */
class TwoInstancesBehindARoundRobinProxyIT {

    static final String CHAU = "048302000003";
    static final String PROGRAMME = "bdhvs-digital-national-assembly";

    static TwoInstanceStack stack;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheStack() {
        stack = TwoInstanceStack.start();
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void whenEveryRequestGoesToTheNextInstanceThenLoginIssuancePresentationAndAgencyQueryAllSucceed() throws Exception {
        HolderWallet wallet = new HolderWallet(List.of(localRoot()));
        try (WebClient browser = StackBrowser.open()) {
            HtmlPage dashboard = StackBrowser.logInToPortal(browser, stack.urls(), CHAU);
            assertThat(dashboard.getUrl().toString()).startsWith(stack.credentialProxy.baseUrl());
            assertThat(browser.getCookieManager().getCookie("CREDENTIALS_SESSION"))
                    .as("the portal's session cookie keeps its name")
                    .isNotNull();
            assertThat(browser.getCookieManager().getCookie("AUTH_SESSION"))
                    .as("auth-server's session cookie keeps its name")
                    .isNotNull();

            HtmlPage done = StackBrowser.completeProgramme(browser, stack.urls(), PROGRAMME);
            assertThat(done.asNormalizedText()).contains("Chứng nhận đã sẵn sàng");

            HtmlPage offers = browser.getPage(stack.credentialProxy.baseUrl() + "/credentials/offer");
            HtmlPage offer = StackBrowser.submit(offerFormFor(offers));
            String link = offer.getHtmlElementById("deep-link").getAttribute("href");
            String txCode = offer.getHtmlElementById("tx-code").asNormalizedText();
            StoredCredential received = wallet.requestCredentials(
                            stack.credentialProxy.baseUrl(),
                            wallet.redeem(wallet.resolveOffer(link), txCode),
                            "digital_competency_sd_jwt",
                            1)
                    .get(0);
            assertThat(received.claims()).containsKey("cnf");
        }

        HtmlPage verdict = employerAsksAndWalletAnswers(wallet);
        assertThat(verdict.getHtmlElementById("verdict-heading").asNormalizedText())
                .startsWith("Hợp lệ");

        HttpResponse<String> answer = agencyAsksAbout(CHAU);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"certified\":true");

        // Strict alternation: one browser's consecutive requests always met different instances.
        assertAlternated("auth-server", stack.authProxy.served(0), stack.authProxy.served(1));
        assertAlternated("credential-api", stack.credentialProxy.served(0), stack.credentialProxy.served(1));
        stack.authServers.forEach(app -> assertThat(app.isAlive()).isTrue());
        stack.credentialApis.forEach(app -> assertThat(app.isAlive()).isTrue());
    }

    private static void assertAlternated(String app, int first, int second) {
        assertThat(first).as("requests %s's first instance served", app).isPositive();
        assertThat(second).as("requests %s's second instance served", app).isPositive();
        assertThat(Math.abs(first - second))
                .as("%s: %d and %d requests", app, first, second)
                .isLessThanOrEqualTo(1);
    }

    private HtmlPage employerAsksAndWalletAnswers(HolderWallet wallet) throws Exception {
        try (WebClient employer = StackBrowser.open()) {
            HtmlPage start = employer.getPage(stack.credentialProxy.baseUrl() + "/verify");
            HtmlForm form = StackBrowser.form(start, "claim");
            for (String claim : List.of("given_name", "family_name")) {
                form.<HtmlCheckBoxInput>getOneHtmlElementByAttribute("input", "value", claim)
                        .setChecked(true);
            }
            HtmlPage request = StackBrowser.submit(form);
            wallet.respond(request.getHtmlElementById("same-device-link").getAttribute("href"), null);
            return employer.getPage(request.getUrl());
        }
    }

    /** The agency's client_credentials token (private_key_jwt with its demo key, RFC 7523), then one query. */
    private HttpResponse<String> agencyAsksAbout(String idNumber) throws Exception {
        String tokenEndpoint = stack.authProxy.baseUrl() + "/oauth2/token";
        HttpResponse<String> token = post(
                tokenEndpoint,
                "application/x-www-form-urlencoded",
                null,
                "grant_type=client_credentials&client_id=agency-nao"
                        + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                        + "&client_assertion=" + clientAssertion("agency-nao", tokenEndpoint));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return post(
                stack.credentialProxy.baseUrl() + "/api/v1/agency/competency-queries",
                "application/json",
                accessToken,
                "{\"idNumber\":\"" + idNumber + "\",\"level\":\"basic\",\"purpose\":\"annual-evaluation\"}");
    }

    private String clientAssertion(String clientId, String audience) throws Exception {
        ManagedKey key = ServiceKeys.open(
                        stack.authDataDir().resolve("demo-clients").resolve(clientId),
                        clientId,
                        "AUTH_DEMO_CLIENT_KEYSTORE_PASSWORD",
                        Map.of(),
                        Clock.systemUTC())
                .load()
                .active();
        Instant now = Instant.now();
        SignedJWT assertion = new SignedJWT(
                new JWSHeader.Builder(key.algorithm().jwsAlgorithm())
                        .keyID(key.kid())
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(clientId)
                        .subject(clientId)
                        .audience(audience)
                        .jwtID(UUID.randomUUID().toString())
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(60)))
                        .build());
        assertion.sign(new ECDSASigner(key.jwk().toECKey()));
        return assertion.serialize();
    }

    private HttpResponse<String> post(String url, String contentType, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HtmlForm offerFormFor(HtmlPage page) {
        for (HtmlForm form : page.getForms()) {
            if (form.getInputsByName("programme").stream().anyMatch(input -> PROGRAMME.equals(input.getValue()))) {
                return form;
            }
        }
        throw new AssertionError("no offer for " + PROGRAMME + " on the page:\n" + page.asNormalizedText());
    }

    /** The root both credential-api instances share (one data folder) and publish. */
    private static X509Certificate localRoot() throws Exception {
        try (InputStream pem = Files.newInputStream(stack.credentialDataDir().resolve("root-ca.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
