package vn.hocvuso.auth.userinfo;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import vn.hocvuso.auth.account.CitizenAccount;
import vn.hocvuso.auth.account.CitizenAuthentication;
import vn.hocvuso.auth.account.JdbcCitizenAccountStore;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.release.IdentityClaims;

/**
 * The userinfo response (OIDC Core §5.3): the claims of the granted scopes (§5.4; whether or not
 * the ID token also carries them), computed afresh from the account (the stored authorization keeps
 * no personal data), with the {@code sub} of the client's sector, which is the ID token's (§5.3.2),
 * not the access token's.
 */
public final class CitizenUserInfoMapper implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final RegisteredClientRepository clients;
    private final JdbcCitizenAccountStore accounts;
    private final IdentityClaims identityClaims;

    public CitizenUserInfoMapper(
            RegisteredClientRepository clients, JdbcCitizenAccountStore accounts, IdentityClaims identityClaims) {
        this.clients = clients;
        this.accounts = accounts;
        this.identityClaims = identityClaims;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        OAuth2Authorization authorization = context.getAuthorization();
        if (!(authorization.getAttribute(Principal.class.getName()) instanceof CitizenAuthentication citizen)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN);
        }
        RegisteredClient client = clients.findById(authorization.getRegisteredClientId());
        CitizenAccount account = accounts.findById(citizen.accountId()).orElse(null);
        if (client == null || account == null) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN);
        }
        Map<String, Object> claims = new LinkedHashMap<>(
                identityClaims.release(account, RelyingParty.of(client), authorization.getAuthorizedScopes()));
        claims.put("acr", citizen.acr());
        claims.put("amr", citizen.amr());
        claims.put("auth_time", citizen.authTime().getEpochSecond());
        return new OidcUserInfo(claims);
    }
}
