package vn.hocvuso.credential.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocvuso.keys.tls.LocalTls;
import vn.hocvuso.testsupport.AppProcess;
import vn.hocvuso.testsupport.TlsFiles;
import vn.hocvuso.testsupport.TlsTerminatingProxy;

/** The test reverse proxy terminates TLS and tells the app the public address, never what the client claims. */
class TlsTerminatingProxyTest {

    @TempDir
    Path folder;

    @Test
    void whenAClientSendsItsOwnForwardedHeadersThenTheAppSeesOnlyTheProxysOwn() throws Exception {
        LocalTls.Layout layout = LocalTls.ensure(folder, List.of(), Map.of(), Clock.systemUTC());
        TlsFiles tls = new TlsFiles(
                layout.serverChain(), layout.serverKey(), layout.trustStore(), LocalTls.TRUSTSTORE_PASSWORD);
        Map<String, String> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        HttpServer app = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        app.createContext("/", exchange -> {
            exchange.getRequestHeaders().forEach((name, values) -> seen.put(name, String.join(",", values)));
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Location", "/next");
            exchange.sendResponseHeaders(302, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
        try (TlsTerminatingProxy proxy = TlsTerminatingProxy.start(
                AppProcess.freePort(), app.getAddress().getPort(), tls)) {
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(tls.clientContext())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/start?x=1"))
                            .header("X-Forwarded-For", "203.0.113.9")
                            .header("X-Forwarded-Host", "evil.example")
                            .header("X-Forwarded-Proto", "http")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValue("/next");
            assertThat(answer.body()).isEqualTo("hello");
            assertThat(proxy.baseUrl()).startsWith("https://localhost:");
            assertThat(seen)
                    .containsEntry("X-Forwarded-Proto", "https")
                    .containsEntry("X-Forwarded-Host", "localhost")
                    .containsEntry("X-Forwarded-Port", Integer.toString(proxy.port()))
                    .containsEntry("X-Forwarded-For", "127.0.0.1");
            assertThat(proxy.forwarded()).isEqualTo(1);
        } finally {
            app.stop(0);
        }
    }
}
