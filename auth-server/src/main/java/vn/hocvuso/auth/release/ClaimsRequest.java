package vn.hocvuso.auth.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code claims} request parameter (OIDC Core §5.5): the claims a client asks for by name, for
 * the userinfo response and for the ID token. Members other than {@code userinfo} and {@code
 * id_token} are ignored, and so are claims this server does not know; {@code essential}, {@code
 * value} and {@code values} are read but never make a request fail (§5.5.1: an unavailable
 * essential claim is not an error). A value that is not a JSON object of objects is malformed.
 *
 * @param userinfo the requested userinfo claims, each with its request ({@code null} = default)
 * @param idToken the requested ID token claims
 */
public record ClaimsRequest(Map<String, Request> userinfo, Map<String, Request> idToken) {

    public static final String PARAMETER = "claims";
    public static final ClaimsRequest NONE = new ClaimsRequest(Map.of(), Map.of());

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LENGTH = 8192;

    /** One claim's request: whether it is essential and the value(s) asked for, if any. */
    public record Request(boolean essential, List<String> values) {}

    public ClaimsRequest {
        userinfo = Map.copyOf(userinfo);
        idToken = Map.copyOf(idToken);
    }

    /** @throws IllegalArgumentException when the value is not a claims request */
    public static ClaimsRequest parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the claims parameter is too long");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the claims parameter is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the claims parameter is not a JSON object");
        }
        return new ClaimsRequest(member(root, "userinfo"), member(root, "id_token"));
    }

    /** The claims request of an authorization (none when the client sent none or it cannot be read). */
    public static ClaimsRequest of(OAuth2Authorization authorization) {
        if (authorization == null) {
            return NONE;
        }
        OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        if (request == null) {
            return NONE;
        }
        Object value = request.getAdditionalParameters().get(PARAMETER);
        try {
            return value instanceof String text ? parse(text) : NONE;
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    /** The scopes that carry the requested claims (of both members). */
    public Set<String> scopes() {
        Set<String> scopes = new TreeSet<>();
        for (String claim : allClaims()) {
            IdentityClaims.scopeOf(claim).ifPresent(scopes::add);
        }
        return scopes;
    }

    private Set<String> allClaims() {
        Set<String> claims = new TreeSet<>(userinfo.keySet());
        claims.addAll(idToken.keySet());
        return claims;
    }

    /** The acr values asked for in the ID token member, if any. */
    public Optional<List<String>> acrValues() {
        return Optional.ofNullable(idToken.get("acr")).map(Request::values).filter(values -> !values.isEmpty());
    }

    private static Map<String, Request> member(JsonNode root, String name) {
        JsonNode member = root.get(name);
        if (member == null || member.isNull()) {
            return Map.of();
        }
        if (!member.isObject()) {
            throw new IllegalArgumentException("claims." + name + " is not a JSON object");
        }
        Map<String, Request> claims = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : member.properties()) {
            claims.put(entry.getKey(), request(entry.getValue(), name + "." + entry.getKey()));
        }
        return claims;
    }

    private static Request request(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return new Request(false, List.of());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("claims." + where + " is neither null nor a JSON object");
        }
        boolean essential = node.path("essential").asBoolean(false);
        List<String> values = new ArrayList<>();
        JsonNode value = node.get("value");
        if (value != null && value.isValueNode()) {
            values.add(value.asString());
        }
        JsonNode many = node.get("values");
        if (many != null && many.isArray()) {
            many.forEach(item -> {
                if (item.isValueNode()) {
                    values.add(item.asString());
                }
            });
        }
        return new Request(essential, List.copyOf(values));
    }
}
