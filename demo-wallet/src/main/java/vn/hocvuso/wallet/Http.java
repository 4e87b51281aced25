package vn.hocvuso.wallet;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The wallet's HTTP: plain java.net.http, JSON through Nimbus. */
final class Http {

    /** A response: status, body and the headers the wallet cares about. */
    record Response(int status, String body, Map<String, String> headers) {

        Map<String, Object> json() {
            try {
                return JSONObjectUtils.parse(body);
            } catch (ParseException e) {
                throw new WalletException("expected a JSON object (HTTP " + status + "): " + body, e);
            }
        }

        /** Throws the error the response carries unless it is a 2xx. */
        Response requireSuccess(String what) {
            if (status / 100 == 2) {
                return this;
            }
            String error = null;
            String description = body;
            try {
                Map<String, Object> json = JSONObjectUtils.parse(body);
                error = (String) json.get("error");
                description = String.valueOf(json.getOrDefault("error_description", body));
            } catch (ParseException | RuntimeException ignored) {
                // not a JSON error body
            }
            String authenticate = headers.get("www-authenticate");
            if (error == null && authenticate != null) {
                error = BearerChallenge.error(authenticate);
            }
            throw new WalletException(
                    what + " failed: HTTP " + status + (error == null ? "" : " " + error) + ": " + description,
                    status,
                    error,
                    headers);
        }
    }

    private final HttpClient client;

    Http(HttpClient client) {
        this.client = client;
    }

    Response get(String uri, String accept) {
        return send(
                HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept).GET());
    }

    Response postForm(String uri, Map<String, String> form) {
        return postForm(uri, form, Map.of());
    }

    /** A form post with extra request headers (a DPoP proof, for example). */
    Response postForm(String uri, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** A JSON post with the given request headers (Authorization, DPoP, ...). */
    Response postJson(String uri, String json, Map<String, String> headers) {
        return post(uri, "application/json", json, headers);
    }

    /** A post of {@code body} as {@code contentType} with the given request headers. */
    Response post(String uri, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    Response postJson(String uri, String json, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return send(request);
    }

    Response postEmpty(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
            return new Response(response.statusCode(), response.body(), headers);
        } catch (IOException e) {
            throw new WalletException("cannot reach " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WalletException(
                    "interrupted while calling " + request.build().uri(), e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The {@code error} parameter of an RFC 6750 §3 {@code WWW-Authenticate: Bearer} challenge. */
    static final class BearerChallenge {
        private BearerChallenge() {}

        static String error(String challenge) {
            int at = challenge.indexOf("error=\"");
            if (at < 0) {
                return null;
            }
            int start = at + "error=\"".length();
            int end = challenge.indexOf('"', start);
            return end < 0 ? null : challenge.substring(start, end);
        }
    }
}
