package vn.hocvuso.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A load balancer for tests: one public address in front of several instances of an app, sending
 * each request to the next instance in turn, with no sticky sessions. The request (method, path,
 * query, headers including {@code Host} and cookies, body) and the answer (status, headers
 * including {@code Location} and {@code Set-Cookie}, body) pass through untouched; redirects are
 * not followed. Only the hop-by-hop headers (RFC 9110 §7.6.1) are the proxy's own.
 *
 * <p>Passing {@code Host} on needs the JVM property {@code jdk.httpclient.allowRestrictedHeaders=host},
 * set before the first {@link HttpClient} of the JVM is made (the build sets it for the tests).
 */
public final class RoundRobinProxy implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Integer> backendPorts;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray served;
    private final ProxyForwarding forwarding = new ProxyForwarding(Set.of());

    private RoundRobinProxy(HttpServer server, ExecutorService threads, List<Integer> backendPorts) {
        this.server = server;
        this.threads = threads;
        this.backendPorts = List.copyOf(backendPorts);
        this.served = new AtomicIntegerArray(backendPorts.size());
    }

    /** Listens on {@code port} of localhost and spreads requests over the instances at {@code backendPorts}. */
    public static RoundRobinProxy start(int port, List<Integer> backendPorts) {
        if (!"host".equalsIgnoreCase(System.getProperty("jdk.httpclient.allowRestrictedHeaders", ""))) {
            throw new IllegalStateException("the proxy passes the Host header on: run the tests with"
                    + " -Djdk.httpclient.allowRestrictedHeaders=host");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            RoundRobinProxy proxy = new RoundRobinProxy(server, threads, backendPorts);
            server.createContext("/", proxy::forward);
            server.setExecutor(threads);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** How many requests the instance at {@code index} (in the order given) has answered. */
    public int served(int index) {
        return served.get(index);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            int backend = Math.floorMod(next.getAndIncrement(), backendPorts.size());
            forwarding.forward(exchange, backendPorts.get(backend), Map.of());
            served.incrementAndGet(backend);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
