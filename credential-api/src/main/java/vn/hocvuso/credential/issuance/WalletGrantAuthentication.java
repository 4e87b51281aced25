package vn.hocvuso.credential.issuance;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated access token of our own pre-authorized grant: its principal is the grant. */
public final class WalletGrantAuthentication extends AbstractAuthenticationToken {

    private final WalletGrant grant;
    private final Optional<String> dpopKey;

    public WalletGrantAuthentication(WalletGrant grant) {
        this(grant, Optional.empty());
    }

    /** A token bound to the DPoP key with this JWK thumbprint (RFC 9449 §6), when present. */
    public WalletGrantAuthentication(WalletGrant grant, Optional<String> dpopKey) {
        super(List.of(new SimpleGrantedAuthority("SCOPE_" + DigitalCompetencyCredential.SCOPE)));
        this.grant = grant;
        this.dpopKey = dpopKey;
        setAuthenticated(true);
    }

    public Optional<String> dpopKey() {
        return dpopKey;
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
