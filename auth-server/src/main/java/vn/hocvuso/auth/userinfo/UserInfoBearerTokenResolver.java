package vn.hocvuso.auth.userinfo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the userinfo endpoint (OIDC Core §5.3.1) takes the access token from: the {@code
 * Authorization: Bearer} header (RFC 6750 §2.1, GET or POST) or the {@code access_token} member of
 * a form-encoded POST body (RFC 6750 §2.2). Refused with {@code invalid_request}: a token in the URI
 * query (§2.3, which this server does not support: query strings end up in logs), two tokens at
 * once (§2: "MUST NOT use more than one method"), or a repeated or empty {@code access_token}.
 */
public final class UserInfoBearerTokenResolver implements BearerTokenResolver {

    static final String ACCESS_TOKEN = "access_token";

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
    private final RequestMatcher userInfoEndpoint;

    /** @param userInfoEndpoint the endpoint's path; elsewhere only the header counts, as before */
    public UserInfoBearerTokenResolver(String userInfoEndpoint) {
        this.userInfoEndpoint = PathPatternRequestMatcher.withDefaults().matcher(userInfoEndpoint);
    }

    @Override
    public String resolve(HttpServletRequest request) {
        if (!userInfoEndpoint.matches(request)) {
            return header.resolve(request);
        }
        if (inQuery(request)) {
            throw invalidRequest("the access token is not accepted in the URI query: use the Authorization header");
        }
        String fromHeader = header.resolve(request);
        String fromBody = fromFormBody(request);
        if (fromHeader != null && fromBody != null) {
            throw invalidRequest("the access token was sent more than once");
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    private static String fromFormBody(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod()) || !isForm(request.getContentType())) {
            return null;
        }
        String[] values = request.getParameterValues(ACCESS_TOKEN);
        if (values == null) {
            return null;
        }
        if (values.length != 1 || values[0].isBlank()) {
            throw invalidRequest("the form body must carry exactly one non-empty access_token");
        }
        return values[0];
    }

    private static boolean inQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !query.contains(ACCESS_TOKEN)) {
            return false;
        }
        List<String> names = List.copyOf(UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .keySet());
        return names.contains(ACCESS_TOKEN);
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static OAuth2AuthenticationException invalidRequest(String description) {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(description));
    }
}
