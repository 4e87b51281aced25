package vn.hocvuso.nid.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The relying parties' side of the tests, as a real HTTP server: each test client's JWK set (what
 * the provider fetches to verify client assertions) and its redirect URI (where the browser lands
 * with the authorization response). One server for the whole test JVM.
 */
public final class RelyingPartyServer {

    private static final HttpServer SERVER = start();

    private RelyingPartyServer() {}

    public static String baseUrl() {
        return "http://localhost:" + SERVER.getAddress().getPort();
    }

    public static int port() {
        return SERVER.getAddress().getPort();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            for (TestClient client : new TestClient[] {TestClient.MAIN, TestClient.OTHER}) {
                String jwks = new JWKSet(client.key().toPublicJWK()).toString();
                server.createContext(
                        "/" + client.path() + "/jwks.json", exchange -> respond(exchange, "application/json", jwks));
                server.createContext(
                        "/" + client.path() + "/callback",
                        exchange -> respond(
                                exchange,
                                "text/html",
                                "<!DOCTYPE html><html lang=\"en\"><title>callback</title></html>"));
            }
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "relying-party");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
