package vn.hocvuso.credential.issuance;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.learner.LearnerDirectory;

/** Turns the authenticated access token of a credential request into the grant it carries. */
@Component
public class WalletGrants {

    private final LearnerDirectory learners;

    public WalletGrants(LearnerDirectory learners) {
        this.learners = learners;
    }

    public WalletGrant of(Authentication authentication) {
        if (authentication instanceof WalletGrantAuthentication ours) {
            return ours.getPrincipal();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromAuthServer(token.getToken());
        }
        throw CredentialError.denied("this access token cannot be used for credentials");
    }

    /**
     * An auth-server token names its learner by the pairwise subject for the credential-api sector,
     * the same value the portal login recorded.
     */
    private WalletGrant fromAuthServer(Jwt token) {
        return learners.bySubject(token.getSubject())
                .map(learner -> new WalletGrant(
                        learner,
                        DigitalCompetencyCredential.CONFIGURATION_ID,
                        Optional.empty(),
                        Optional.ofNullable(token.getClaimAsString("acr")),
                        WalletGrant.AUTHORIZATION_CODE))
                .orElseThrow(() -> CredentialError.denied(
                        "the token's subject is not a learner here; log in to the portal first"));
    }
}
