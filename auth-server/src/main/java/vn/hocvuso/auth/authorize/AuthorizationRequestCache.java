package vn.hocvuso.auth.authorize;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The request that resumes after a login, kept in the session. An authorization request sent by
 * POST (OIDC Core §3.1.2.1: form-encoded, as valid as GET) is kept as the equivalent GET, its form
 * parameters moved to the query: the browser comes back after the login with a redirect, which can
 * only be a GET, and a saved POST would come back without its parameters. A consent submission
 * (POST without {@code response_type} or {@code request_uri}) and every other request are kept as
 * they are.
 */
public final class AuthorizationRequestCache implements RequestCache {

    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length");

    private final HttpSessionRequestCache sessions = new HttpSessionRequestCache();
    private final String authorizationEndpoint;

    public AuthorizationRequestCache(String authorizationEndpoint) {
        this.authorizationEndpoint = authorizationEndpoint;
        sessions.setMatchingRequestParameterName(null);
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        sessions.saveRequest(isPostedAuthorizationRequest(request) ? new AsGet(request) : request, response);
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        return sessions.getRequest(request, response);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return sessions.getMatchingRequest(request, response);
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        sessions.removeRequest(request, response);
    }

    private boolean isPostedAuthorizationRequest(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && EffectiveAuthorizationParameters.isAuthorizationRequest(request, authorizationEndpoint);
    }

    /** A POSTed authorization request seen as the GET that carries the same parameters in its query. */
    static final class AsGet extends HttpServletRequestWrapper {

        private final String queryString;

        AsGet(HttpServletRequest request) {
            super(request);
            List<String> pairs = new ArrayList<>();
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    pairs.add(encode(name) + "=" + encode(value));
                }
            });
            this.queryString = pairs.isEmpty() ? null : String.join("&", pairs);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getQueryString() {
            return queryString;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return BODY_HEADERS.contains(name.toLowerCase()) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return BODY_HEADERS.contains(name.toLowerCase()) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            names.removeIf(name -> BODY_HEADERS.contains(name.toLowerCase()));
            return Collections.enumeration(names);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
