package vn.hocvuso.auth.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.hocvuso.auth.account.CitizenAccount;
import vn.hocvuso.auth.account.CitizenAuthentication;
import vn.hocvuso.auth.account.JdbcCitizenAccountStore;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.release.ClaimsRequest;
import vn.hocvuso.auth.release.IdentityClaims;
import vn.hocvuso.auth.subject.PairwiseSubjects;

/**
 * The claims of our tokens, all signed ES256 with the active key.
 *
 * <p>ID tokens: the pairwise {@code sub} of the client's sector and the upstream login's {@code acr},
 * {@code amr} and {@code auth_time}. The other claims {@link IdentityClaims} releases to the client
 * (profile, address, e-mail, phone, the national ID number for entitled clients) go to userinfo
 * (OIDC Core §5.4); into the ID token only those the {@code claims} parameter asks there (§5.5), or
 * all of them for a client registered with {@code id-token-claims}.
 *
 * <p>Access tokens (JWT): {@code aud} = the resource audience, {@code client_id}, {@code scope} as a
 * space-separated string; for a citizen {@code sub} = the pairwise subject of the resource's sector
 * (whatever the client), {@code acr}, {@code amr} and {@code auth_time}; for {@code client_credentials}
 * {@code sub} = the client id. Never the ID number, never a name.
 */
public final class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final JdbcCitizenAccountStore accounts;
    private final IdentityClaims identityClaims;
    private final PairwiseSubjects subjects;
    private final String resourceAudience;
    private final String resourceSector;
    private final Duration idTokenTtl;

    public TokenClaimsCustomizer(
            JdbcCitizenAccountStore accounts,
            IdentityClaims identityClaims,
            PairwiseSubjects subjects,
            String resourceAudience,
            String resourceSector,
            Duration idTokenTtl) {
        this.accounts = accounts;
        this.identityClaims = identityClaims;
        this.subjects = subjects;
        this.resourceAudience = resourceAudience;
        this.resourceSector = resourceSector;
        this.idTokenTtl = idTokenTtl;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().algorithm(SignatureAlgorithm.ES256);
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            customizeIdToken(context);
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            customizeAccessToken(context);
        }
    }

    private void customizeIdToken(JwtEncodingContext context) {
        CitizenAuthentication citizen = citizen(context.getPrincipal());
        CitizenAccount account = accounts.findById(citizen.accountId())
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
        RelyingParty client = RelyingParty.of(context.getRegisteredClient());
        Map<String, Object> released = identityClaims.release(account, client, context.getAuthorizedScopes());
        if (!RelyingParty.wantsClaimsInIdToken(context.getRegisteredClient())) {
            Set<String> asked =
                    ClaimsRequest.of(context.getAuthorization()).idToken().keySet();
            released.keySet().removeIf(name -> !"sub".equals(name) && !asked.contains(name));
        }
        context.getClaims().claims(claims -> {
            claims.putAll(released);
            putLogin(claims, citizen);
            claims.put("amr", new ArrayList<>(citizen.amr()));
            Instant issuedAt = (Instant) claims.get("iat");
            claims.put("exp", issuedAt.plus(idTokenTtl));
        });
    }

    private void customizeAccessToken(JwtEncodingContext context) {
        String clientId = context.getRegisteredClient().getClientId();
        Authentication principal = context.getPrincipal();
        context.getClaims().claims(claims -> {
            // Mutable JDK collections only: the stored claims are read back by an allow-listing JSON mapper.
            claims.put("aud", new ArrayList<>(List.of(resourceAudience)));
            claims.put("client_id", clientId);
            claims.remove("scope");
            if (!context.getAuthorizedScopes().isEmpty()) {
                claims.put("scope", String.join(" ", new TreeSet<>(context.getAuthorizedScopes())));
            }
            if (principal instanceof CitizenAuthentication citizen) {
                claims.put("sub", subjects.subject(resourceSector, citizen.accountId()));
                putLogin(claims, citizen);
                claims.put("amr", new ArrayList<>(citizen.amr()));
            } else {
                claims.put("sub", clientId);
            }
        });
    }

    private static void putLogin(Map<String, Object> claims, CitizenAuthentication citizen) {
        claims.put("acr", citizen.acr());
        claims.put("auth_time", Date.from(citizen.authTime()));
    }

    private static CitizenAuthentication citizen(Authentication principal) {
        if (principal instanceof CitizenAuthentication citizen) {
            return citizen;
        }
        throw new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR, "ID tokens are only issued for citizens", null));
    }
}
