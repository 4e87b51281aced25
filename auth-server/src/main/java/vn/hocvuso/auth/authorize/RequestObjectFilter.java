package vn.hocvuso.auth.authorize;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The {@code request} and {@code request_uri} parameters at the authorization endpoint (OIDC Core
 * §6). A request object is verified ({@link RequestObjects}) and its parameters replace those of
 * the query (§6.3.3) before Spring Authorization Server reads the request; a bad one is answered
 * {@code invalid_request_object}. A {@code request_uri} is only the reference of a pushed
 * authorization request (RFC 9126), which Spring Authorization Server resolves; any other URI is
 * answered {@code request_uri_not_supported} (§6.2 is optional and this server never fetches URLs
 * a request names).
 *
 * <p>It also sets the pages' language from {@code ui_locales} ({@link UiLocales}), here because it
 * runs first: even the error page for a request Spring Authorization Server refuses speaks it.
 */
public final class RequestObjectFilter extends OncePerRequestFilter {

    static final String PUSHED_REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:";
    private static final String ERROR_URI = "https://openid.net/specs/openid-connect-core-1_0.html#AuthError";

    private final String authorizationEndpoint;
    private final RequestObjects requestObjects;
    private final AuthorizationErrors errors;
    private final LocaleResolver locales;

    public RequestObjectFilter(
            String authorizationEndpoint,
            RequestObjects requestObjects,
            AuthorizationErrors errors,
            LocaleResolver locales) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.requestObjects = requestObjects;
        this.errors = errors;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + authorizationEndpoint);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String> parameters = parameters(request);
        uiLocales(request, response, parameters);
        String requestObject = parameters.get("request");
        String requestUri = parameters.get("request_uri");
        if (requestObject == null && requestUri == null) {
            chain.doFilter(request, response);
            return;
        }
        if (requestObject != null && requestUri != null) {
            errors.send(
                    request, response, parameters, error(OAuth2ErrorCodes.INVALID_REQUEST, "request and request_uri"));
            return;
        }
        if (requestUri != null) {
            if (requestUri.startsWith(PUSHED_REQUEST_URI_PREFIX)) {
                chain.doFilter(request, response);
            } else {
                errors.send(request, response, parameters, error("request_uri_not_supported", "request_uri"));
            }
            return;
        }
        RegisteredClient client = errors.client(parameters);
        if (client == null) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), OAuth2ErrorCodes.INVALID_REQUEST);
            return;
        }
        Map<String, String> fromObject;
        try {
            fromObject = requestObjects.parameters(requestObject, client, parameters);
        } catch (RequestObjects.InvalidRequestObject invalid) {
            errors.send(request, response, parameters, error("invalid_request_object", invalid.getMessage()));
            return;
        }
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        merged.remove("request");
        merged.putAll(fromObject);
        uiLocales(request, response, merged);
        chain.doFilter(new ParameterOverlay(request, merged), response);
    }

    private void uiLocales(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters) {
        UiLocales.first(parameters.get("ui_locales")).ifPresent(locale -> locales.setLocale(request, response, locale));
    }

    /** The first value of each parameter; Spring Authorization Server refuses repeated ones later. */
    static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                parameters.put(name, values[0]);
            }
        });
        return parameters;
    }

    private static OAuth2Error error(String code, String description) {
        return new OAuth2Error(code, description, ERROR_URI);
    }
}
