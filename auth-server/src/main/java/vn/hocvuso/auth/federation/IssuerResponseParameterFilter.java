package vn.hocvuso.auth.federation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The mix-up defence of RFC 9207 §2.4 on our side of the federation, which Spring Security does not
 * do: an authorization response that carries an {@code iss} parameter must carry exactly the
 * upstream's issuer, and when the upstream advertises
 * {@code authorization_response_iss_parameter_supported}, a response without it is refused too.
 * A refused response spends its {@code state}, so it cannot be retried.
 */
public final class IssuerResponseParameterFilter extends OncePerRequestFilter {

    private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;
    private final ClientRegistrationRepository registrations;
    private final AuthenticationFailureHandler failureHandler;

    public IssuerResponseParameterFilter(
            AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
            ClientRegistrationRepository registrations,
            AuthenticationFailureHandler failureHandler) {
        this.authorizationRequests = authorizationRequests;
        this.registrations = registrations;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + NationalIdClientRegistrations.CALLBACK_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OAuth2AuthorizationRequest pending = authorizationRequests.loadAuthorizationRequest(request);
        if (pending == null) {
            // No matching state: Spring Security's login filter refuses it.
            chain.doFilter(request, response);
            return;
        }
        try {
            ClientRegistration registration =
                    registrations.findByRegistrationId(pending.getAttribute(OAuth2ParameterNames.REGISTRATION_ID));
            check(request, registration);
        } catch (AuthenticationException refused) {
            authorizationRequests.removeAuthorizationRequest(request, response);
            failureHandler.onAuthenticationFailure(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void check(HttpServletRequest request, ClientRegistration registration) {
        if (registration == null) {
            throw new UpstreamException(UpstreamException.INVALID_RESPONSE, "unknown upstream registration");
        }
        String[] issuers = request.getParameterValues("iss");
        String expected = registration.getProviderDetails().getIssuerUri();
        Object advertised = registration
                .getProviderDetails()
                .getConfigurationMetadata()
                .get("authorization_response_iss_parameter_supported");
        if (issuers == null) {
            if (Boolean.TRUE.equals(advertised)) {
                throw new UpstreamException(
                        UpstreamException.ISSUER_MISMATCH, "the upstream promised iss in its responses and sent none");
            }
            return;
        }
        if (issuers.length != 1 || !issuers[0].equals(expected)) {
            throw new UpstreamException(UpstreamException.ISSUER_MISMATCH, "the response names another issuer");
        }
    }
}
