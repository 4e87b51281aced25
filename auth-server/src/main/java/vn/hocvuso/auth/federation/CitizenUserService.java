package vn.hocvuso.auth.federation;

import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.hocvuso.auth.account.AccountConflictException;
import vn.hocvuso.auth.account.AccountProvisioning;
import vn.hocvuso.auth.account.CitizenAccount;
import vn.hocvuso.auth.account.CitizenAuthentication;
import vn.hocvuso.auth.account.CitizenProfile;
import vn.hocvuso.auth.account.UpstreamIdentity;

/**
 * The last step of a federated login, after the ID token passed every check: reads userinfo (whose
 * {@code sub} must be the ID token's, OIDC Core §5.3.2), reads the profile, and links the login to
 * the citizen's account by upstream {@code iss} + {@code sub}, creating it on the first login. Any
 * failure before the account step leaves the database untouched.
 */
public final class CitizenUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService userInfo;
    private final AccountProvisioning accounts;
    private final UpstreamProperties properties;

    public CitizenUserService(OidcUserService userInfo, AccountProvisioning accounts, UpstreamProperties properties) {
        this.userInfo = userInfo;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser upstream;
        try {
            upstream = userInfo.loadUser(request);
        } catch (OAuth2AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException broken) {
            // e.g. a userinfo object without sub, which Spring Security cannot even build a user from
            throw new UpstreamException(
                    UpstreamException.INVALID_RESPONSE, "the userinfo response cannot be used", broken);
        }
        OidcIdToken idToken = request.getIdToken();
        CitizenProfile profile = UpstreamClaims.profile(idToken, upstream.getUserInfo());
        UpstreamIdentity identity = new UpstreamIdentity(properties.issuerId(), idToken.getSubject());
        CitizenAccount account;
        try {
            account = accounts.linkOrCreate(identity, profile);
        } catch (AccountConflictException e) {
            throw new UpstreamException(UpstreamException.ACCOUNT_CONFLICT, e.getMessage(), e);
        }
        List<String> amr = idToken.getAuthenticationMethods() != null ? idToken.getAuthenticationMethods() : List.of();
        Instant authTime = idToken.getAuthenticatedAt();
        CitizenAuthentication citizen =
                CitizenAuthentication.of(account.id(), idToken.getAuthenticationContextClass(), amr, authTime);
        return new LinkedCitizen(idToken, citizen);
    }
}
