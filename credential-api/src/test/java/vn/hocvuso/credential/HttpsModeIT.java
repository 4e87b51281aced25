package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.StackBrowser;
import vn.hocvuso.credential.support.TlsStack;
import vn.hocvuso.keys.tls.LocalTls;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;

/**
 * The stack in HTTPS mode, as {@code ./demo --https} runs it: the three jars answer TLS only, with
 * a server certificate from a fresh local root, and trust that root for their calls to one another.
 * Every identifier and address in their metadata is {@code https://}; a learner logs in through
 * auth-server and the national-ID simulator, takes her certificate into a wallet that trusts the
 * root, and an employer sees it valid; the session cookies are {@code Secure}, every answer carries
 * HSTS, and plain http on an https port is refused, never served.
 */
class HttpsModeIT {

    static final String CHAU = "048302000003";
    static final String PROGRAMME = "bdhvs-digital-national-assembly";
    static TlsStack stack;

    final HttpClient http = stack.httpClient();

    @BeforeAll
    static void startTheStackInHttpsMode() {
        stack = TlsStack.httpsMode();
    }

    @AfterAll
    static void stopTheStack() {
        stack.close();
    }

    @Test
    void whenTheMetadataOfEachAppIsReadThenEveryIdentifierAndAddressIsHttps() throws Exception {
        String nid = stack.urls().nationalId();
        String auth = stack.urls().authServer();
        String credentials = stack.urls().credentials();
        assertThat(List.of(nid, auth, credentials)).allMatch(url -> url.startsWith("https://localhost:"));

        String nidMetadata = httpsOnly(nid + "/.well-known/openid-configuration");
        assertThat(nidMetadata).contains("\"issuer\":\"" + nid + "\"", "\"jwks_uri\":\"" + nid + "/");
        String authMetadata = httpsOnly(auth + "/.well-known/openid-configuration");
        assertThat(authMetadata)
                .contains("\"issuer\":\"" + auth + "\"", "\"token_endpoint\":\"" + auth + "/oauth2/token\"");
        httpsOnly(auth + "/.well-known/oauth-authorization-server");
        String issuerMetadata = httpsOnly(credentials + "/.well-known/openid-credential-issuer");
        assertThat(issuerMetadata)
                .contains("\"credential_issuer\":\"" + credentials + "\"", "\"vct\":\"" + credentials + "/")
                .contains("\"authorization_servers\":[\"" + auth + "\"");
        httpsOnly(credentials + "/.well-known/jwt-vc-issuer");
    }

    @Test
    void whenChauLogsInOverHttpsThenTheChainStaysOnHttpsWithSecureCookiesAndHstsAndHerWalletTakesTheCertificate()
            throws Exception {
        HolderWallet wallet = new HolderWallet(http, List.of(credentialRoot()), Clock.systemUTC());
        try (WebClient browser = stack.browser()) {
            HtmlPage dashboard = StackBrowser.logInToPortal(browser, stack.urls(), CHAU);
            assertThat(dashboard.getUrl().toString()).startsWith(stack.urls().credentials() + "/learn");
            assertThat(dashboard.getWebResponse().getResponseHeaderValue("Strict-Transport-Security"))
                    .contains("max-age=");

            for (String page : List.of(
                    stack.urls().nationalId() + "/",
                    stack.urls().authServer() + "/login",
                    stack.urls().credentials() + "/")) {
                browser.getPage(page + "?lang=en"); // the language cookie
            }
            assertThat(browser.getCookieManager().getCookies())
                    .extracting(Cookie::getName)
                    .contains("NID_SESSION", "AUTH_SESSION", "CREDENTIALS_SESSION")
                    .contains("NID_LANG", "AUTH_LANG", "CREDENTIALS_LANG");
            assertThat(browser.getCookieManager().getCookies()).allMatch(Cookie::isSecure, "Secure");

            browser.getPage(stack.urls().credentials() + "/?lang=vi");
            StackBrowser.completeProgramme(browser, stack.urls(), PROGRAMME);
            HtmlPage offers = browser.getPage(stack.urls().credentials() + "/credentials/offer");
            HtmlPage offer = StackBrowser.submit(offerFormFor(offers));
            String link = offer.getHtmlElementById("deep-link").getAttribute("href");
            String txCode = offer.getHtmlElementById("tx-code").asNormalizedText();
            assertThat(java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8))
                    .contains(stack.urls().credentials())
                    .doesNotContain("http://");
            StoredCredential received = wallet.requestCredentials(
                            stack.urls().credentials(),
                            wallet.redeem(wallet.resolveOffer(link), txCode),
                            "digital_competency_sd_jwt",
                            1)
                    .get(0);
            assertThat(received.claims().get("iss")).isEqualTo(stack.urls().credentials());
            assertThat(wallet.statusOf(received)).isZero();
        }

        try (WebClient employer = stack.browser()) {
            HtmlPage start = employer.getPage(stack.urls().credentials() + "/verify");
            HtmlForm form = StackBrowser.form(start, "claim");
            form.<HtmlCheckBoxInput>getOneHtmlElementByAttribute("input", "value", "given_name")
                    .setChecked(true);
            HtmlPage request = StackBrowser.submit(form);
            wallet.respond(request.getHtmlElementById("same-device-link").getAttribute("href"), null);
            HtmlPage verdict = employer.getPage(request.getUrl());
            assertThat(verdict.getHtmlElementById("verdict-heading").asNormalizedText())
                    .startsWith("Hợp lệ");
        }
    }

    @Test
    void whenEachAppIsAskedOverHttpsThenItSendsHsts() throws Exception {
        for (String url : List.of(
                stack.urls().nationalId() + "/.well-known/openid-configuration",
                stack.urls().authServer() + "/login",
                stack.urls().credentials() + "/")) {
            HttpResponse<String> answer = get(url);
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as(url)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
        }
    }

    @Test
    void whenPlainHttpIsSentToAnHttpsPortThenItIsRefusedAndNothingIsServed() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        for (String url : List.of(
                stack.urls().nationalId() + "/.well-known/openid-configuration",
                stack.urls().authServer() + "/.well-known/openid-configuration",
                stack.urls().credentials() + "/.well-known/openid-credential-issuer")) {
            String http = url.replace("https://", "http://");
            HttpResponse<String> answer =
                    plain.send(HttpRequest.newBuilder(URI.create(http)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(http).isEqualTo(400);
            assertThat(answer.body()).as(http).doesNotContain("issuer").contains("requires TLS");
            assertThat(answer.headers().firstValue("Set-Cookie")).as(http).isEmpty();
        }
    }

    /** Fetches a metadata document and checks that no address in it is plain http. */
    private String httpsOnly(String url) throws Exception {
        HttpResponse<String> answer = get(url);
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        Matcher addresses = Pattern.compile("\"(https?://[^\"]*)\"").matcher(answer.body());
        int count = 0;
        while (addresses.find()) {
            assertThat(addresses.group(1)).as(url).startsWith("https://");
            count++;
        }
        assertThat(count).as("addresses in " + url).isPositive();
        assertThat(answer.body()).as(url).doesNotContain("http://");
        return answer.body();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private X509Certificate credentialRoot() {
        return LocalTls.readCertificates(stack.credentials.dataDir().resolve("root-ca.pem"))
                .get(0);
    }

    private static HtmlForm offerFormFor(HtmlPage page) {
        for (HtmlForm form : page.getForms()) {
            if (form.getInputsByName("programme").stream().anyMatch(input -> PROGRAMME.equals(input.getValue()))) {
                return form;
            }
        }
        throw new AssertionError("no offer for " + PROGRAMME + " on the page:\n" + page.asNormalizedText());
    }
}
