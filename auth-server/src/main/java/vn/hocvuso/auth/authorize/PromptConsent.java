package vn.hocvuso.auth.authorize;

import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;

/**
 * When the consent page is shown: Spring Authorization Server's rule (a client that requires consent,
 * asking for more than {@code openid}, for scopes the citizen has not yet agreed to), and always
 * with {@code prompt=consent} (OIDC Core §3.1.2.1), even for a client that needs no consent or
 * scopes agreed before. With {@code prompt=none} a required consent is {@code consent_required}.
 */
public final class PromptConsent implements Predicate<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    @Override
    public boolean test(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationRequest request = context.getAuthorizationRequest();
        Object prompt = request.getAdditionalParameters().get("prompt");
        if (request.getScopes().contains(OidcScopes.OPENID)
                && prompt instanceof String values
                && Arrays.asList(values.trim().split("\\s+")).contains("consent")) {
            return true;
        }
        if (!context.getRegisteredClient().getClientSettings().isRequireAuthorizationConsent()) {
            return false;
        }
        if (request.getScopes().equals(java.util.Set.of(OidcScopes.OPENID))) {
            return false;
        }
        OAuth2AuthorizationConsent consent = context.getAuthorizationConsent();
        return consent == null || !consent.getScopes().containsAll(request.getScopes());
    }
}
