package vn.hocvuso.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TLS-terminating reverse proxy for tests, as nginx or a cloud load balancer is in production: it
 * answers HTTPS on a public port with the given certificate and forwards each request over plain
 * HTTP to one app, adding {@code X-Forwarded-Proto: https}, {@code X-Forwarded-Host},
 * {@code X-Forwarded-Port} and {@code X-Forwarded-For}. Whatever {@code X-Forwarded-*} the client
 * sent is dropped, as a proxy must. The answer (status, headers including {@code Location} and
 * {@code Set-Cookie}, body) passes back untouched; redirects are not followed.
 */
public final class TlsTerminatingProxy implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "content-length",
            "expect",
            "date",
            "host",
            "forwarded",
            "x-forwarded-for",
            "x-forwarded-proto",
            "x-forwarded-host",
            "x-forwarded-port",
            "x-forwarded-prefix");

    private final HttpsServer server;
    private final ExecutorService threads;
    private final int backendPort;
    private final HttpClient client;
    private final AtomicInteger forwarded = new AtomicInteger();

    private TlsTerminatingProxy(HttpsServer server, ExecutorService threads, int backendPort) {
        this.server = server;
        this.threads = threads;
        this.backendPort = backendPort;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Answers HTTPS on {@code port} of localhost with {@code tls}'s certificate, in front of the app at {@code backendPort}. */
    public static TlsTerminatingProxy start(int port, int backendPort, TlsFiles tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress("localhost", port), 50);
            server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            TlsTerminatingProxy proxy = new TlsTerminatingProxy(server, threads, backendPort);
            server.createContext("/", proxy::forward);
            server.setExecutor(threads);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + port, e);
        }
    }

    /** The public base URL: {@code https://localhost:<port>}. */
    public String baseUrl() {
        return "https://localhost:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many requests the proxy has forwarded to the app. */
    public int forwarded() {
        return forwarded.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpResponse<InputStream> answer = send(exchange);
            forwarded.incrementAndGet();
            answer.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!NOT_FORWARDED.contains(lower) && !lower.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            boolean noBody = "HEAD".equals(exchange.getRequestMethod())
                    || answer.statusCode() == 204
                    || answer.statusCode() == 304;
            try (InputStream body = answer.body()) {
                byte[] bytes = body.readAllBytes();
                exchange.sendResponseHeaders(answer.statusCode(), noBody || bytes.length == 0 ? -1 : bytes.length);
                if (!noBody && bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    private HttpResponse<InputStream> send(HttpExchange exchange) throws IOException, InterruptedException {
        URI target = URI.create(
                "http://localhost:" + backendPort + exchange.getRequestURI().toString());
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        request.header("X-Forwarded-Proto", "https");
        request.header("X-Forwarded-Host", "localhost");
        request.header("X-Forwarded-Port", Integer.toString(port()));
        request.header(
                "X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
