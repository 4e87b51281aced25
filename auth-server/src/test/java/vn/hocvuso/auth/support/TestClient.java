package vn.hocvuso.auth.support;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A relying party of auth-server, written for the tests: builds authorization requests with PKCE,
 * {@code state} and {@code nonce}, and redeems codes at the token endpoint, authenticating with a
 * {@code private_key_jwt} assertion (confidential clients) or not at all (public clients).
 */
public final class TestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String server;
    private final String clientId;
    private final String redirectUri;
    private final ECKey key;

    /** @param key the client's signing key, or {@code null} for a public client */
    public TestClient(String server, String clientId, String redirectUri, ECKey key) {
        this.server = server;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.key = key;
    }

    public String clientId() {
        return clientId;
    }

    public String redirectUri() {
        return redirectUri;
    }

    /** A new authorization request (OIDC Core §3.1.2.1) with PKCE S256 (RFC 7636). */
    public Authorization authorize(String scope) {
        return authorize(scope, Map.of());
    }

    public Authorization authorize(String scope, Map<String, String> extra) {
        String state = random();
        String nonce = random();
        String verifier = random() + random();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("scope", scope);
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        parameters.put("code_challenge", challenge(verifier));
        parameters.put("code_challenge_method", "S256");
        parameters.putAll(extra);
        parameters.values().removeIf(value -> value == null);
        return new Authorization(server + "/oauth2/authorize?" + form(parameters), state, nonce, verifier);
    }

    /** An authorization request and the secrets the client keeps for it. */
    public record Authorization(String url, String state, String nonce, String verifier) {}

    public TokenResponse redeem(String code, Authorization authorization) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("code_verifier", authorization.verifier());
        return token(parameters);
    }

    public TokenResponse refresh(String refreshToken) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "refresh_token");
        parameters.put("refresh_token", refreshToken);
        return token(parameters);
    }

    /** A token request with this client's authentication added. */
    public TokenResponse token(Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(authentication());
        return post("/oauth2/token", all);
    }

    public TokenResponse introspect(String token) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("token", token);
        parameters.putAll(authentication());
        return post("/oauth2/introspect", parameters);
    }

    public TokenResponse revoke(String token) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("token", token);
        parameters.putAll(authentication());
        return post("/oauth2/revoke", parameters);
    }

    public Map<String, String> authentication() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", clientId);
        if (key != null) {
            parameters.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            parameters.put("client_assertion", assertion());
        }
        return parameters;
    }

    /** A well-formed client assertion (RFC 7523 §3) for the token endpoint. */
    public String assertion() {
        Instant now = Instant.now();
        return FakeUpstream.sign(
                new JWTClaimsSet.Builder()
                        .issuer(clientId)
                        .subject(clientId)
                        .audience(server + "/oauth2/token")
                        .jwtID(UUID.randomUUID().toString())
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(60)))
                        .build(),
                key);
    }

    public TokenResponse post(String path, Map<String, String> parameters) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String bearerGet(String url, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token endpoint response: status and JSON body. */
    public record TokenResponse(int status, String body, Map<String, Object> json) {

        public String get(String name) {
            Object value = json.get(name);
            return value == null ? null : value.toString();
        }

        public String error() {
            return get("error");
        }
    }

    static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
            return Map.of();
        }
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
    }

    public static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
