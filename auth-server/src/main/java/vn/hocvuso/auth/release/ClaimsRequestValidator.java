package vn.hocvuso.auth.release;

import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

/**
 * Refuses an authorization request whose {@code claims} parameter is not a claims request (OIDC
 * Core §5.5) with {@code invalid_request}, redirected to the (already validated) redirect URI.
 * {@code claims_locales} (§5.2) is accepted whatever it says: the registry holds every claim in one
 * script and language, so claims are returned untagged.
 */
public final class ClaimsRequestValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        Object claims = request.getAdditionalParameters().get(ClaimsRequest.PARAMETER);
        if (claims == null) {
            return;
        }
        try {
            if (!(claims instanceof String text)) {
                throw new IllegalArgumentException("the claims parameter is repeated");
            }
            ClaimsRequest.parse(text);
        } catch (IllegalArgumentException e) {
            OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, e.getMessage(), null);
            String redirectUri = request.getRedirectUri() != null
                    ? request.getRedirectUri()
                    : context.getRegisteredClient().getRedirectUris().iterator().next();
            OAuth2AuthorizationCodeRequestAuthenticationToken failed =
                    new OAuth2AuthorizationCodeRequestAuthenticationToken(
                            request.getAuthorizationUri(),
                            request.getClientId(),
                            (Authentication) request.getPrincipal(),
                            redirectUri,
                            request.getState(),
                            request.getScopes(),
                            request.getAdditionalParameters());
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(error, failed);
        }
    }
}
