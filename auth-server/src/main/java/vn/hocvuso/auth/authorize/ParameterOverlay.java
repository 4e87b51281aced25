package vn.hocvuso.auth.authorize;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An authorization request whose parameters are those of its request object merged over the
 * query or form (OIDC Core §6.3.3). Spring Authorization Server reads a GET request's parameters
 * only if they appear in the query string, and a POST's only if they do not, so the query string is
 * rebuilt from the merged parameters for GET and hidden for POST. The saved request that resumes
 * after a login is this one, already verified, without the request object (a POST kept as the
 * equivalent GET, {@link AuthorizationRequestCache}).
 */
final class ParameterOverlay extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final String queryString;

    ParameterOverlay(HttpServletRequest request, Map<String, String> merged) {
        super(request);
        Map<String, String[]> values = new LinkedHashMap<>();
        merged.forEach((name, value) -> values.put(name, new String[] {value}));
        this.parameters = Collections.unmodifiableMap(values);
        this.queryString = "GET".equals(request.getMethod())
                ? merged.entrySet().stream()
                        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&"))
                : null;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public String getQueryString() {
        return queryString;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
