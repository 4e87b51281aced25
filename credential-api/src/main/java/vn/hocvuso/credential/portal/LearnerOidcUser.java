package vn.hocvuso.credential.portal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The logged-in learner. Its claims hold personal data (the ID number, names), so unlike Spring's
 * {@link DefaultOidcUser} it never prints them: Spring Security writes the principal into debug
 * log lines, and no ID number may reach a log, even at debug level.
 */
public final class LearnerOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    public LearnerOidcUser(
            Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
    }

    @Override
    public String toString() {
        return "LearnerOidcUser[claims hidden]";
    }
}
