package vn.hocvuso.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
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

    /** Whatever the client claims about the forwarding, and its Host: the proxy sets these itself. */
    private static final Set<String> REPLACED = Set.of(
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
    private final ProxyForwarding forwarding = new ProxyForwarding(REPLACED);
    private final AtomicInteger forwarded = new AtomicInteger();

    private TlsTerminatingProxy(HttpsServer server, ExecutorService threads, int backendPort) {
        this.server = server;
        this.threads = threads;
        this.backendPort = backendPort;
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
            forwarding.forward(
                    exchange,
                    backendPort,
                    Map.of(
                            "X-Forwarded-Proto",
                            "https",
                            "X-Forwarded-Host",
                            "localhost",
                            "X-Forwarded-Port",
                            Integer.toString(port()),
                            "X-Forwarded-For",
                            exchange.getRemoteAddress().getAddress().getHostAddress()));
            forwarded.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
