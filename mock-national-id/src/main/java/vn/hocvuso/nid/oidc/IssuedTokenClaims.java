package vn.hocvuso.nid.oidc;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.hocvuso.nid.citizen.AssuranceLevel;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.JdbcCitizenContacts;
import vn.hocvuso.nid.login.CitizenAuthentication;

/**
 * Completes the tokens Spring Authorization Server issues: both are signed ES256 (the only key type
 * this provider has); the ID token gets {@code acr}, {@code amr}, {@code auth_time}, its lifetime and
 * the claims of the granted scopes. A citizen suspended since the login gets no token at all.
 */
public final class IssuedTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final CitizenRegistry registry;
    private final TokenProperties tokens;
    private final JdbcCitizenContacts contacts;

    public IssuedTokenClaims(CitizenRegistry registry, TokenProperties tokens, JdbcCitizenContacts contacts) {
        this.registry = registry;
        this.tokens = tokens;
        this.contacts = contacts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        // Spring Authorization Server signs access tokens RS256 unless told otherwise.
        context.getJwsHeader().algorithm(SignatureAlgorithm.ES256);
        Authentication principal = context.getPrincipal();
        Citizen citizen = activeCitizen(principal.getName());
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        AssuranceLevel level = CitizenAuthentication.level(principal)
                .orElseThrow(() -> new IllegalStateException("an ID token for a session without assurance level"));
        JwtClaimsSet.Builder claims = context.getClaims();
        claims.claims(existing -> {
            Instant issuedAt = (Instant) existing.get("iat");
            existing.put("exp", issuedAt.plus(tokens.idTokenLifetime()));
        });
        claims.claim("acr", level.acr());
        claims.claim("amr", CitizenAuthentication.methods(principal));
        claims.claim("auth_time", Date.from(authenticationTime(principal)));
        Map<String, Object> scoped =
                CitizenClaims.forScopes(citizen, contacts.find(citizen.id()), context.getAuthorizedScopes());
        scoped.forEach(claims::claim);
    }

    private Citizen activeCitizen(String subject) {
        return registry.findBySubject(subject)
                .filter(Citizen::isActive)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_GRANT, "the account is suspended or no longer exists", null)));
    }

    /** OpenID Connect Core §2: the time the login completed, that is, when its last factor was verified. */
    static Instant authenticationTime(Authentication principal) {
        return principal.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(GrantedAuthority.class::cast)
                .map(authority -> ((FactorGrantedAuthority) authority).getIssuedAt())
                .max(Instant::compareTo)
                .orElseThrow(() -> new IllegalStateException("a session without any verified factor"));
    }
}
