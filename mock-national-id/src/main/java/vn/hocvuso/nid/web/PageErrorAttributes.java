package vn.hocvuso.nid.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import vn.hocvuso.nid.oidc.AuthorizationErrorWithIssuer;

/**
 * Boot's error attributes, plus the OAuth error of an authorization request that could not be sent
 * back to a client (unknown client, unregistered redirect URI), so that the error page can say what
 * went wrong. Exception messages stay out, as by default.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object error =
                request.getAttribute(AuthorizationErrorWithIssuer.ERROR_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (error instanceof OAuth2Error oauth2) {
            attributes.put("oauthError", oauth2.getErrorCode());
            attributes.put("oauthDescription", oauth2.getDescription());
        }
        return attributes;
    }
}
