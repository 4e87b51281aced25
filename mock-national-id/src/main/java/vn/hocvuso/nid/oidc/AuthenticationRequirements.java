package vn.hocvuso.nid.oidc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.util.StringUtils;
import vn.hocvuso.nid.citizen.AssuranceLevel;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.login.CitizenAuthentication;

/**
 * Validates an authorization request: first Spring Authorization Server's checks (exact redirect URI,
 * registered scopes); then, once the citizen has logged in, that the account is still active and that
 * the login meets the requested {@code acr_values}. A level-1 login asked for level 2 ends with
 * {@code unmet_authentication_requirements} at the redirect URI (OpenID Connect Core 1.0 Unmet
 * Authentication Requirements §2), never with a level-1 token.
 *
 * <p>Spring Authorization Server checks PKCE right after this validator; a request with broken PKCE
 * is left to it, so that its {@code invalid_request} comes first, as the protocol error it is.
 */
public final class AuthenticationRequirements implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    public static final String UNMET_AUTHENTICATION_REQUIREMENTS = "unmet_authentication_requirements";
    private static final String ACR_VALUES = "acr_values";

    private final Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> standard =
            new OAuth2AuthorizationCodeRequestAuthenticationValidator();
    private final CitizenRegistry registry;

    public AuthenticationRequirements(CitizenRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        standard.accept(context);
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        Authentication principal = (Authentication) request.getPrincipal();
        Optional<AssuranceLevel> achieved = CitizenAuthentication.level(principal);
        if (achieved.isEmpty() || !hasWellFormedPkce(request)) {
            return; // not logged in yet (the login page comes first), or a PKCE error to report
        }
        boolean active = registry.findBySubject(principal.getName())
                .map(Citizen::isActive)
                .orElse(false);
        if (!active) {
            throw error(context, OAuth2ErrorCodes.ACCESS_DENIED, "the account is suspended");
        }
        Optional<AssuranceLevel> required =
                requiredLevel((String) request.getAdditionalParameters().get(ACR_VALUES));
        if (required.isPresent() && !achieved.get().satisfies(required.get())) {
            throw error(
                    context,
                    UNMET_AUTHENTICATION_REQUIREMENTS,
                    "the account cannot reach the requested assurance level "
                            + required.get().acr());
        }
    }

    /**
     * The level {@code acr_values} asks for: values are in order of preference and any of them will do
     * (OpenID Connect Core §3.1.2.1), so the lowest level listed; values we do not know are ignored.
     */
    static Optional<AssuranceLevel> requiredLevel(String acrValues) {
        if (!StringUtils.hasText(acrValues)) {
            return Optional.empty();
        }
        return Arrays.stream(acrValues.trim().split("\\s+"))
                .map(AssuranceLevel::fromAcr)
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(AssuranceLevel::number));
    }

    private static boolean hasWellFormedPkce(OAuth2AuthorizationCodeRequestAuthenticationToken request) {
        return StringUtils.hasText((String) request.getAdditionalParameters().get(PkceParameterNames.CODE_CHALLENGE))
                && "S256".equals(request.getAdditionalParameters().get(PkceParameterNames.CODE_CHALLENGE_METHOD));
    }

    /** An error for the client: the redirect URI was validated above, so the browser may go back there. */
    private static OAuth2AuthorizationCodeRequestAuthenticationException error(
            OAuth2AuthorizationCodeRequestAuthenticationContext context, String code, String description) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        String redirectUri = StringUtils.hasText(request.getRedirectUri())
                ? request.getRedirectUri()
                : context.getRegisteredClient().getRedirectUris().iterator().next();
        OAuth2AuthorizationCodeRequestAuthenticationToken redirectTo =
                new OAuth2AuthorizationCodeRequestAuthenticationToken(
                        request.getAuthorizationUri(),
                        request.getClientId(),
                        (Authentication) request.getPrincipal(),
                        redirectUri,
                        request.getState(),
                        request.getScopes(),
                        request.getAdditionalParameters());
        return new OAuth2AuthorizationCodeRequestAuthenticationException(
                new OAuth2Error(code, description, null), redirectTo);
    }
}
