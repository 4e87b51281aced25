package vn.hocvuso.testsupport;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the tests' proxies share: one exchange passed to an app on a localhost port and its answer
 * passed back, redirects not followed, the hop-by-hop headers (RFC 9110 §7.6.1) the proxy's own.
 */
final class ProxyForwarding {

    static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "content-length",
            "expect",
            "date");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Set<String> dropped;

    /** @param alsoDropped request headers, lower case, not passed on beside the hop-by-hop ones */
    ProxyForwarding(Set<String> alsoDropped) {
        Set<String> all = new HashSet<>(HOP_BY_HOP);
        all.addAll(alsoDropped);
        this.dropped = Set.copyOf(all);
    }

    /** Sends the exchange's request to {@code backendPort} with {@code added} headers, and its answer back. */
    void forward(HttpExchange exchange, int backendPort, Map<String, String> added) throws IOException {
        try {
            answer(exchange, send(exchange, backendPort, added));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    private HttpResponse<InputStream> send(HttpExchange exchange, int port, Map<String, String> added)
            throws IOException, InterruptedException {
        URI target =
                URI.create("http://localhost:" + port + exchange.getRequestURI().toString());
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!dropped.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        added.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static void answer(HttpExchange exchange, HttpResponse<InputStream> answer) throws IOException {
        answer.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !lower.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        boolean noBody =
                "HEAD".equals(exchange.getRequestMethod()) || answer.statusCode() == 204 || answer.statusCode() == 304;
        try (InputStream body = answer.body()) {
            byte[] bytes = body.readAllBytes();
            exchange.sendResponseHeaders(answer.statusCode(), noBody || bytes.length == 0 ? -1 : bytes.length);
            if (!noBody && bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
