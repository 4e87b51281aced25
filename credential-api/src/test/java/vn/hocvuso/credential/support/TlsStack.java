package vn.hocvuso.credential.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import vn.hocvuso.keys.tls.LocalTls;
import vn.hocvuso.testsupport.AppProcess;
import vn.hocvuso.testsupport.TlsFiles;
import vn.hocvuso.testsupport.TlsTerminatingProxy;

/**
 * The three apps over TLS with a fresh local root from {@code keys} ({@link LocalTls}, as
 * {@code ./demo --https} makes it): either each app answering HTTPS itself ({@link #httpsMode()}), or
 * each behind its own TLS-terminating reverse proxy with the proxy's address as its one public base
 * URL ({@link #behindProxies()}). The apps' JVMs trust the root for their calls to one another.
 */
public final class TlsStack implements AutoCloseable {

    public final TlsFiles tls;
    public final Path rootCertificate;
    public final AppProcess nationalId;
    public final AppProcess authServer;
    public final AppProcess credentials;
    private final StackUrls urls;
    private final List<AutoCloseable> started;

    private TlsStack(
            TlsFiles tls, Path rootCertificate, List<AppProcess> apps, StackUrls urls, List<AutoCloseable> started) {
        this.tls = tls;
        this.rootCertificate = rootCertificate;
        this.nationalId = apps.get(0);
        this.authServer = apps.get(1);
        this.credentials = apps.get(2);
        this.urls = urls;
        this.started = started;
    }

    /** The public addresses: the apps' own https ones, or their proxies'. */
    public StackUrls urls() {
        return urls;
    }

    /** Each app answers HTTPS on its own port, as {@code ./demo --https} runs them. */
    public static TlsStack httpsMode() {
        return start(false);
    }

    /** Each app answers plain HTTP behind a TLS-terminating reverse proxy that holds its public address. */
    public static TlsStack behindProxies() {
        return start(true);
    }

    /** A browser (HtmlUnit) that trusts the local root as a person who imported it does. */
    public WebClient browser() {
        WebClient browser = StackBrowser.open();
        try {
            browser.getOptions().setSSLTrustStore(tls.trustStore().toUri().toURL(), tls.trustStorePassword(), "PKCS12");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return browser;
    }

    /** An HTTP client that trusts the local root and follows no redirects. */
    public HttpClient httpClient() {
        return HttpClient.newBuilder()
                .sslContext(tls.clientContext())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static TlsStack start(boolean behindProxies) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Path folder = Files.createTempDirectory("tls-");
            LocalTls.Layout layout = LocalTls.ensure(folder, List.of(), Map.of(), Clock.systemUTC());
            TlsFiles tls = new TlsFiles(
                    layout.serverChain(), layout.serverKey(), layout.trustStore(), LocalTls.TRUSTSTORE_PASSWORD);
            int[] ports = {AppProcess.freePort(), AppProcess.freePort(), AppProcess.freePort()};
            String[] publicUrls = new String[3];
            for (int i = 0; i < 3; i++) {
                if (behindProxies) {
                    TlsTerminatingProxy proxy = TlsTerminatingProxy.start(AppProcess.freePort(), ports[i], tls);
                    started.add(proxy);
                    publicUrls[i] = proxy.baseUrl();
                } else {
                    publicUrls[i] = "https://localhost:" + ports[i];
                }
            }
            StackUrls urls = new StackUrls(publicUrls[0], publicUrls[1], publicUrls[2]);
            List<AppProcess> apps = new ArrayList<>();
            apps.add(start(
                    started,
                    "mock-national-id",
                    "nid",
                    ports[0],
                    urls.nationalId(),
                    nidSettings(urls),
                    tls,
                    behindProxies));
            apps.add(start(
                    started,
                    "auth-server",
                    "auth",
                    ports[1],
                    urls.authServer(),
                    authSettings(urls),
                    tls,
                    behindProxies));
            apps.add(start(
                    started,
                    "credential-api",
                    "credentials",
                    ports[2],
                    urls.credentials(),
                    Map.of("credentials.auth-server-url", urls.authServer()),
                    tls,
                    behindProxies));
            return new TlsStack(tls, layout.rootCertificate(), apps, urls, started);
        } catch (IOException e) {
            closeAll(started);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private static AppProcess start(
            List<AutoCloseable> started,
            String app,
            String prefix,
            int port,
            String publicUrl,
            Map<String, String> settings,
            TlsFiles tls,
            boolean behindProxy) {
        AppProcess process = behindProxy
                ? AppProcess.startBehindProxy(app, prefix, port, publicUrl, settings, tls)
                : AppProcess.startHttps(app, prefix, port, settings, tls);
        started.add(process);
        return process;
    }

    /** The cross-app settings of the README (as {@link RealStack} sets them), at the public addresses. */
    private static Map<String, String> nidSettings(StackUrls urls) {
        return Map.of(
                "nid.clients[0].client-id", "auth-server",
                "nid.clients[0].jwk-set-url", urls.authServer() + "/oauth2/jwks",
                "nid.clients[0].redirect-uris[0]", urls.authServer() + "/login/oauth2/code/national-id");
    }

    private static Map<String, String> authSettings(StackUrls urls) {
        String credential = urls.credentials();
        return Map.of(
                "auth.upstream.issuer", urls.nationalId(),
                "auth.resource-audience", credential,
                "auth.clients.credential-portal.redirect-uris", credential + "/login/oauth2/code/auth-server",
                "auth.clients.credential-portal.post-logout-redirect-uris", credential + "/",
                "auth.clients.credential-portal.jwk-set-url", credential + "/oauth2/client-jwks");
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception ignored) {
                // stopping the rest matters more than this one's failure
            }
        }
    }
}
