package vn.hocvuso.nid.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.JdbcCitizenContacts;

/**
 * The userinfo response (OpenID Connect Core §5.3): {@code sub} and the claims of the access token's
 * scopes, read from the registry now. A suspended citizen's access token no longer works.
 */
public final class CitizenUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final CitizenRegistry registry;
    private final JdbcCitizenContacts contacts;

    public CitizenUserInfo(CitizenRegistry registry, JdbcCitizenContacts contacts) {
        this.registry = registry;
        this.contacts = contacts;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        Citizen citizen = registry.findBySubject(subject)
                .filter(Citizen::isActive)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_TOKEN, "the account is suspended or no longer exists", null)));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", citizen.subject());
        claims.putAll(CitizenClaims.forScopes(
                citizen, contacts.find(citizen.id()), context.getAccessToken().getScopes()));
        return new OidcUserInfo(claims);
    }
}
