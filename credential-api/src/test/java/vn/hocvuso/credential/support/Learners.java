package vn.hocvuso.credential.support;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.hocvuso.credential.portal.LearnerOidcUser;

/** Portal sessions for tests: the OIDC user a real login would give, with the claims of the contract. */
public final class Learners {

    private Learners() {}

    public static OidcUser oidcUser(
            String nationalId, String subject, String givenName, String familyName, String acr) {
        return oidcUser(subject, claims -> {
            claims.put("national_id", nationalId);
            claims.put("given_name", givenName);
            claims.put("family_name", familyName);
            claims.put("birthdate", "1990-05-17");
            claims.put("acr", acr);
        });
    }

    public static OidcUser oidcUser(PortalIntegrationTest.Learner learner) {
        return oidcUser(learner.nationalId(), learner.subject(), "Thị Test", "Phạm", "urn:vn:vneid:loa:2");
    }

    public static OidcUser oidcUser(String subject, Consumer<Map<String, Object>> claims) {
        Instant now = Instant.now();
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("test-id-token")
                .issuer("http://localhost:9000")
                .subject(subject)
                .audience(java.util.List.of("credential-portal"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
        token.claims(claims);
        return new LearnerOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), token.build(), null);
    }
}
