package vn.hocvuso.auth.federation;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.hocvuso.auth.account.CitizenAuthentication;

/**
 * The outcome of a successful upstream login, for the moment between Spring Security's login filter
 * and {@link FederatedLoginSuccessHandler}, which replaces it with the {@link CitizenAuthentication}
 * it carries. Exposes no upstream claim but the subject.
 */
final class LinkedCitizen implements OidcUser {

    private final OidcIdToken upstreamIdToken;
    private final CitizenAuthentication citizen;

    LinkedCitizen(OidcIdToken upstreamIdToken, CitizenAuthentication citizen) {
        this.upstreamIdToken = upstreamIdToken;
        this.citizen = citizen;
    }

    CitizenAuthentication citizen() {
        return citizen;
    }

    @Override
    public Map<String, Object> getClaims() {
        return Map.of("sub", upstreamIdToken.getSubject());
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return upstreamIdToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return citizen.getAuthorities();
    }

    @Override
    public String getName() {
        return citizen.getName();
    }
}
