package vn.hocvuso.nid.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * An authorization request as a client builds it: fresh {@code state}, {@code nonce} and PKCE
 * verifier; parameters can be replaced or removed to make it wrong on purpose.
 */
public final class AuthorizationRequest {

    private final String issuer;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final String state = random();
    private final String nonce = random();
    private final String codeVerifier = random() + random();

    private AuthorizationRequest(String issuer, TestClient client, String scope) {
        this.issuer = issuer;
        parameters.put("response_type", "code");
        parameters.put("client_id", client.clientId());
        parameters.put("redirect_uri", client.redirectUri());
        parameters.put("scope", scope);
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        parameters.put("code_challenge", s256(codeVerifier));
        parameters.put("code_challenge_method", "S256");
    }

    public static AuthorizationRequest of(String issuer, TestClient client, String scope) {
        return new AuthorizationRequest(issuer, client, scope);
    }

    public AuthorizationRequest with(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public AuthorizationRequest without(String name) {
        parameters.remove(name);
        return this;
    }

    public URI uri() {
        return URI.create(issuer + "/oauth2/authorize?"
                + parameters.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + UriUtils.encode(entry.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    public String state() {
        return state;
    }

    public String nonce() {
        return nonce;
    }

    public String codeVerifier() {
        return codeVerifier;
    }

    public String redirectUri() {
        return parameters.get("redirect_uri");
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
