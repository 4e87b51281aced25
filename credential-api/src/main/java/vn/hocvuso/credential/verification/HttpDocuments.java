package vn.hocvuso.credential.verification;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Fetches the documents a verification depends on (status lists, issuer metadata) over HTTP: short
 * timeouts, no redirects, a size limit, and only {@code http}/{@code https} addresses. It is only
 * asked for addresses named by an already-trusted issuer or configuration.
 */
@Component
class HttpDocuments {

    /** A document that could not be had: the verifier says so and never reports valid. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    HttpDocuments(VerifierProperties properties) {
        this.timeout = properties.httpTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The body of a 200 answer of media type {@code accept}, at most {@code maxBytes} long. */
    String fetch(URI uri, String accept, long maxBytes) throws Unavailable {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new Unavailable("not an http(s) address: " + uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", accept)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Unavailable(uri + " answered HTTP " + response.statusCode());
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.toLowerCase(Locale.ROOT).startsWith(accept)) {
                    throw new Unavailable(
                            uri + " answered " + (type.isEmpty() ? "no media type" : type) + ", not " + accept);
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Unavailable(uri + " answered more than " + maxBytes + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new Unavailable("cannot reach " + uri + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while fetching " + uri);
        } catch (IllegalArgumentException e) {
            throw new Unavailable("cannot fetch " + uri + ": " + e.getMessage());
        }
    }
}
