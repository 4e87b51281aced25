package vn.hocvuso.auth.authorize;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The parameters an authorization request really carries. For a pushed request (RFC 9126) the
 * front channel holds only {@code client_id} and {@code request_uri}: the parameters are those
 * pushed, which Spring Authorization Server keeps as an authorization found by the state in the
 * {@code request_uri}; any other front-channel parameter is ignored (§4). The pushed request is only
 * read, never removed: its single use and its expiry stay Spring Authorization Server's. A
 * {@code request_uri} that is unknown, expired or of another client resolves to {@code client_id}
 * and {@code request_uri} alone, for Spring Authorization Server to refuse. Values are never logged.
 */
public final class EffectiveAuthorizationParameters {

    /**
     * Whether {@code request} is an authorization request at {@code authorizationEndpoint}, plain
     * ({@code response_type}) or pushed (RFC 9126: {@code client_id} and {@code request_uri} only);
     * a consent submission carries neither.
     */
    public static boolean isAuthorizationRequest(HttpServletRequest request, String authorizationEndpoint) {
        return request.getRequestURI().equals(request.getContextPath() + authorizationEndpoint)
                && (request.getParameter("response_type") != null || request.getParameter("request_uri") != null);
    }

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final String DELIMITER = "___";
    private static final String RESOLVED = EffectiveAuthorizationParameters.class.getName() + ".RESOLVED";

    /** A resolution kept for the filters after the first, valid while client_id and request_uri stay. */
    private record Resolved(Map<String, String> frontChannel, Map<String, String> parameters) {

        boolean matches(Map<String, String> other) {
            return Objects.equals(
                            frontChannel.get(OAuth2ParameterNames.CLIENT_ID), other.get(OAuth2ParameterNames.CLIENT_ID))
                    && Objects.equals(
                            frontChannel.get(OAuth2ParameterNames.REQUEST_URI),
                            other.get(OAuth2ParameterNames.REQUEST_URI));
        }
    }

    private final OAuth2AuthorizationService authorizations;
    private final Clock clock;

    public EffectiveAuthorizationParameters(OAuth2AuthorizationService authorizations, Clock clock) {
        this.authorizations = authorizations;
        this.clock = clock;
    }

    /** The effective parameters of {@code request} (first value of each), looked up once per request. */
    public Map<String, String> of(HttpServletRequest request) {
        Map<String, String> frontChannel = RequestObjectFilter.parameters(request);
        String requestUri = frontChannel.get(OAuth2ParameterNames.REQUEST_URI);
        if (requestUri == null) {
            return frontChannel;
        }
        if (request.getAttribute(RESOLVED) instanceof Resolved resolved && resolved.matches(frontChannel)) {
            return resolved.parameters();
        }
        Map<String, String> parameters = Map.copyOf(of(frontChannel));
        request.setAttribute(RESOLVED, new Resolved(frontChannel, parameters));
        return parameters;
    }

    /** The effective parameters of a request whose own parameters are {@code frontChannel}. */
    public Map<String, String> of(Map<String, String> frontChannel) {
        String requestUri = frontChannel.get(OAuth2ParameterNames.REQUEST_URI);
        if (requestUri == null || !requestUri.startsWith(RequestObjectFilter.PUSHED_REQUEST_URI_PREFIX)) {
            return frontChannel;
        }
        String clientId = frontChannel.get(OAuth2ParameterNames.CLIENT_ID);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (clientId != null) {
            parameters.put(OAuth2ParameterNames.CLIENT_ID, clientId);
        }
        parameters.put(OAuth2ParameterNames.REQUEST_URI, requestUri);
        pushed(requestUri, clientId).ifPresent(pushed -> {
            parameters.put(
                    OAuth2ParameterNames.RESPONSE_TYPE, pushed.getResponseType().getValue());
            put(parameters, OAuth2ParameterNames.REDIRECT_URI, pushed.getRedirectUri());
            put(parameters, OAuth2ParameterNames.STATE, pushed.getState());
            if (!pushed.getScopes().isEmpty()) {
                parameters.put(OAuth2ParameterNames.SCOPE, String.join(" ", pushed.getScopes()));
            }
            pushed.getAdditionalParameters().forEach((name, value) -> {
                if (value instanceof String text) {
                    parameters.putIfAbsent(name, text);
                }
            });
        });
        return parameters;
    }

    /** Whether {@code request} is an authorization request with {@code prompt=none}, pushed or not. */
    public boolean isSilent(HttpServletRequest request, String authorizationEndpoint) {
        if (!request.getRequestURI().equals(request.getContextPath() + authorizationEndpoint)) {
            return false;
        }
        String prompt = of(request).get("prompt");
        return prompt != null && Set.of(prompt.trim().split("\\s+")).contains("none");
    }

    private Optional<OAuth2AuthorizationRequest> pushed(String requestUri, String clientId) {
        String state = requestUri.substring(RequestObjectFilter.PUSHED_REQUEST_URI_PREFIX.length());
        int delimiter = state.lastIndexOf(DELIMITER);
        if (clientId == null || delimiter < 0) {
            return Optional.empty();
        }
        try {
            long expiresAt = Long.parseLong(state.substring(delimiter + DELIMITER.length()));
            if (clock.instant().isAfter(Instant.ofEpochMilli(expiresAt))) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        OAuth2Authorization authorization = authorizations.findByToken(state, STATE);
        OAuth2AuthorizationRequest pushed =
                authorization == null ? null : authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        return pushed != null && clientId.equals(pushed.getClientId()) ? Optional.of(pushed) : Optional.empty();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
