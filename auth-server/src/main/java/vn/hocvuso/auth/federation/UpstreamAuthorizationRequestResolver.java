package vn.hocvuso.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import vn.hocvuso.auth.client.RelyingParty;

/**
 * Builds the authorization request to the upstream when the citizen chooses "log in with VNeID"
 * ({@value #START_PATH}): code flow with PKCE S256, {@code state} and {@code nonce} (Spring
 * Security's), and, when the client waiting for this login needs assurance level 2, the
 * {@value NationalIdClientRegistrations#LEVEL_2} registration with
 * {@code acr_values=urn:vn:vneid:loa:2} (OIDC Core §3.1.2.1), whose ID tokens must then carry it; the
 * same when the client's own {@code acr_values} ask for level 2. The client's {@code login_hint},
 * {@code ui_locales}, {@code max_age} and a new login it asked for travel upstream too ({@link UpstreamHints}).
 */
public final class UpstreamAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    public static final String START_PATH = "/oauth2/authorization/national-id";

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final PendingAuthorization pending;

    public UpstreamAuthorizationRequestResolver(
            ClientRegistrationRepository registrations, PendingAuthorization pending) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        this.pending = pending;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        if (!request.getRequestURI().equals(request.getContextPath() + START_PATH)) {
            return null;
        }
        return resolve(request, NationalIdClientRegistrations.ANY_LEVEL);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String ignoredRegistrationId) {
        Optional<AssuranceLevel> required = AssuranceLevel.stricter(
                pending.client(request).flatMap(RelyingParty::requiredLevel),
                pending.parameter(request, "acr_values").flatMap(AssuranceLevel::requested));
        String registrationId = required.filter(AssuranceLevel.LEVEL_2::equals).isPresent()
                ? NationalIdClientRegistrations.LEVEL_2
                : NationalIdClientRegistrations.ANY_LEVEL;
        OAuth2AuthorizationRequest upstreamRequest = delegate.resolve(request, registrationId);
        if (upstreamRequest == null) {
            return null;
        }
        return OAuth2AuthorizationRequest.from(upstreamRequest)
                .additionalParameters(parameters -> {
                    required.ifPresent(level -> parameters.put("acr_values", level.uri()));
                    UpstreamHints.add(request, pending, parameters);
                })
                .build();
    }
}
