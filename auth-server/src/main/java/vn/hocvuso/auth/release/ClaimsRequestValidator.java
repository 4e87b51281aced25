package vn.hocvuso.auth.release;

import java.util.function.Consumer;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import vn.hocvuso.auth.client.RedirectUriValidator;

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
            throw RedirectUriValidator.refusedByRedirect(
                    context, new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, e.getMessage(), null));
        }
    }
}
