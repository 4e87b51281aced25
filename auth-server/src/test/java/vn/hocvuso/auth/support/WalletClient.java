package vn.hocvuso.auth.support;

import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A wallet of the tests: pushes its authorization requests (RFC 9126), authenticates with
 * {@code private_key_jwt} when it has a client key, and sends DPoP proofs (RFC 9449) of its own
 * key with its token requests.
 */
public final class WalletClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String server;
    private final TestClient client;
    private final ECKey dpopKey;

    public WalletClient(String server, TestClient client, ECKey dpopKey) {
        this.server = server;
        this.client = client;
        this.dpopKey = dpopKey;
    }

    public TestClient client() {
        return client;
    }

    public ECKey dpopKey() {
        return dpopKey;
    }

    public String tokenEndpoint() {
        return server + "/oauth2/token";
    }

    /** A pushed authorization request and the secrets the wallet keeps for it. */
    public record Pushed(TestClient.TokenResponse response, TestClient.Authorization authorization) {

        public String requestUri() {
            return response.get("request_uri");
        }
    }

    /** Pushes the parameters of {@code client.authorize(scope, extra)} to /oauth2/par, authenticated. */
    public Pushed push(String scope, Map<String, String> extra) {
        TestClient.Authorization authorization = client.authorize(scope, extra);
        Map<String, String> parameters = new LinkedHashMap<>(Browser.Response.query(URI.create(authorization.url())));
        parameters.putAll(client.authentication());
        return new Pushed(client.post("/oauth2/par", parameters), authorization);
    }

    /** Pushes like {@link #push(String, Map)}, with {@code proof} (unless {@code null}) in the DPoP header. */
    public Pushed push(String scope, Map<String, String> extra, String proof) {
        TestClient.Authorization authorization = client.authorize(scope, extra);
        Map<String, String> parameters = new LinkedHashMap<>(Browser.Response.query(URI.create(authorization.url())));
        return new Pushed(send(parEndpoint(), parameters, proof), authorization);
    }

    public String parEndpoint() {
        return server + "/oauth2/par";
    }

    /** The front-channel request that refers to a pushed one: client_id and request_uri only. */
    public String authorizeUrl(String requestUri) {
        return server + "/oauth2/authorize?"
                + TestClient.form(Map.of("client_id", client.clientId(), "request_uri", requestUri));
    }

    public TestClient.TokenResponse redeem(String code, TestClient.Authorization authorization, String proof) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", client.redirectUri());
        parameters.put("code_verifier", authorization.verifier());
        return token(parameters, proof);
    }

    public TestClient.TokenResponse refresh(String refreshToken, String proof) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), proof);
    }

    /** A proper proof of the wallet's key for the token endpoint. */
    public DPoPProof proof() {
        return DPoPProof.of(dpopKey, "POST", tokenEndpoint());
    }

    /** A token request with the client's authentication and, unless {@code null}, the DPoP header. */
    public TestClient.TokenResponse token(Map<String, String> parameters, String proof) {
        return send(tokenEndpoint(), parameters, proof);
    }

    private TestClient.TokenResponse send(String endpoint, Map<String, String> parameters, String proof) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(client.authentication());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestClient.form(all)));
        if (proof != null) {
            request.header("DPoP", proof);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new TestClient.TokenResponse(
                    response.statusCode(), response.body(), TestClient.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
