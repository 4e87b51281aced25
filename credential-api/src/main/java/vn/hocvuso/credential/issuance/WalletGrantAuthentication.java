package vn.hocvuso.credential.issuance;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated access token of our own pre-authorized grant: its principal is the grant. */
public final class WalletGrantAuthentication extends AbstractAuthenticationToken {

    private final WalletGrant grant;

    public WalletGrantAuthentication(WalletGrant grant) {
        super(List.of(new SimpleGrantedAuthority("SCOPE_" + DigitalCompetencyCredential.SCOPE)));
        this.grant = grant;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public WalletGrant getPrincipal() {
        return grant;
    }

    @Override
    public String getName() {
        // No personal data: the learner key's short form.
        return grant.learner().toString();
    }
}
