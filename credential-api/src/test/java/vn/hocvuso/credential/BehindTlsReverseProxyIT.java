package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.StackBrowser;
import vn.hocvuso.credential.support.TlsStack;

/**
 * The three apps behind TLS-terminating reverse proxies, as in production: each answers plain HTTP
 * on a private port, and its one public base URL setting names its proxy's https address. The
 * proxies add {@code X-Forwarded-Proto/Host/Port/For}; the apps honour them (they come from a
 * loopback address, one of Tomcat's internal proxies), so issuers, metadata, redirects and cookies
 * all carry the public https address, and a login redirect chain works through the proxies.
 */
class BehindTlsReverseProxyIT {

    static final String BINH = "079195000002";
    static TlsStack stack;

    final HttpClient http = stack.httpClient();

    @BeforeAll
    static void startTheStackBehindProxies() {
        stack = TlsStack.behindProxies();
    }

    @AfterAll
    static void stopTheStack() {
        stack.close();
    }

    @Test
    void whenTheMetadataIsReadThroughTheProxiesThenIssuersAndEndpointsAreThePublicHttpsAddresses() throws Exception {
        String nid = stack.urls().nationalId();
        String auth = stack.urls().authServer();
        String credentials = stack.urls().credentials();
        assertThat(nid).isNotEqualTo(stack.nationalId.baseUrl()).startsWith("https://");

        assertThat(get(nid + "/.well-known/openid-configuration").body())
                .contains("\"issuer\":\"" + nid + "\"", "\"authorization_endpoint\":\"" + nid + "/")
                .doesNotContain("http://");
        assertThat(get(auth + "/.well-known/openid-configuration").body())
                .contains("\"issuer\":\"" + auth + "\"", "\"jwks_uri\":\"" + auth + "/oauth2/jwks\"")
                .doesNotContain("http://");
        assertThat(get(credentials + "/.well-known/openid-credential-issuer").body())
                .contains("\"credential_issuer\":\"" + credentials + "\"", "\"vct\":\"" + credentials + "/")
                .doesNotContain("http://");
    }

    @Test
    void whenAVisitorStartsTheLoginThenEachRedirectNamesThePublicHttpsAddress() throws Exception {
        HttpResponse<String> start = get(stack.urls().credentials() + "/oauth2/authorization/auth-server");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(stack.urls().authServer() + "/oauth2/authorize?");
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8))
                .contains("redirect_uri=" + stack.urls().credentials() + "/login/oauth2/code/auth-server");
        assertThat(start.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allMatch(cookie -> cookie.contains("; Secure"), "Secure");

        HttpResponse<String> protectedPage = get(stack.urls().credentials() + "/learn/records");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location").orElseThrow())
                .startsWith(stack.urls().credentials() + "/");
        assertThat(protectedPage.headers().firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void whenBinhLogsInThroughTheProxiesThenTheRedirectChainCompletesOnThePublicAddresses() throws Exception {
        try (WebClient browser = stack.browser()) {
            HtmlPage dashboard = StackBrowser.logInToPortal(browser, stack.urls(), BINH);
            assertThat(dashboard.getUrl().toString()).startsWith(stack.urls().credentials() + "/learn");
            assertThat(dashboard.asNormalizedText()).contains("Xin chào, Thị Bình!");
            assertThat(browser.getCookieManager().getCookies())
                    .extracting(Cookie::getName)
                    .contains("NID_SESSION", "AUTH_SESSION", "CREDENTIALS_SESSION");
            assertThat(browser.getCookieManager().getCookies()).allMatch(Cookie::isSecure, "Secure");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
