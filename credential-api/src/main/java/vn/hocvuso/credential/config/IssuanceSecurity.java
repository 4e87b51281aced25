package vn.hocvuso.credential.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import vn.hocvuso.credential.dpop.DPoPNonces;
import vn.hocvuso.credential.dpop.DPoPProofVerifier;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.IssuanceProperties;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.offer.PreAuthorizedTokens;

/**
 * Security of issuance: the wallet-facing OpenID4VCI endpoints and status lists (order 20), and
 * the learner's credential pages (order 21), which rely on the portal's login session.
 */
@Configuration(proxyBeanMethods = false)
class IssuanceSecurity {

    /** Where the portal's OIDC login (credential-portal at auth-server) starts. */
    static final String PORTAL_LOGIN = "/oauth2/authorization/auth-server";

    @Bean
    @Order(20)
    SecurityFilterChain walletSecurityFilterChain(
            HttpSecurity http,
            CredentialApiProperties app,
            IssuerUrls urls,
            IssuanceProperties issuance,
            PreAuthorizedTokens preAuthorized,
            DPoPProofVerifier dpop,
            DPoPNonces dpopNonces)
            throws Exception {
        WalletTokenAuthentication tokens = new WalletTokenAuthentication(
                app.authServerUrl().toString().replaceAll("/+$", ""), urls.issuer(), preAuthorized, dpop);
        DPoPChallenges challenges = new DPoPChallenges(dpopNonces);
        http.securityMatcher(
                        "/.well-known/openid-credential-issuer",
                        "/.well-known/jwt-vc-issuer",
                        "/.well-known/oauth-authorization-server",
                        "/vct/**",
                        "/oid4vci/**",
                        "/status-lists/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.POST, IssuerUrls.CREDENTIAL_PATH)
                        .hasAuthority("SCOPE_" + DigitalCompetencyCredential.SCOPE)
                        .anyRequest()
                        .permitAll())
                // Bearer (RFC 6750) and DPoP (RFC 9449) tokens, both checked by WalletTokenAuthentication:
                // Spring's DPoP filter takes the DPoP-scheme requests, with our reading of the request
                // (public URL) and our checks (our opaque tokens, the jti table, server nonces).
                .authenticationProvider(tokens)
                .oauth2ResourceServer(resource -> resource.authenticationManagerResolver(request -> tokens)
                        .dPoP(dpopFilter -> dpopFilter
                                .authenticationConverter(new WalletTokenRequests(urls.issuer()))
                                .authenticationFailureHandler(new AuthenticationEntryPointFailureHandler(challenges)))
                        .authenticationEntryPoint(challenges))
                // Bearer tokens, no cookies: nothing for CSRF to ride on, no session to keep.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(walletCors()))
                .addFilterBefore(
                        new RequestSizeLimitFilter(issuance.maxRequestSize().toBytes()),
                        SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(21)
    SecurityFilterChain learnerCredentialPagesSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/credentials", "/credentials/**")
                .authorizeHttpRequests(authorize -> authorize
                        .anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(authentication.get() != null
                                && authentication.get().getPrincipal() instanceof OidcUser)))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(PORTAL_LOGIN)));
        return http.build();
    }

    /** Browser-based wallets and verifiers call these endpoints from other origins; no cookies are involved. */
    private static UrlBasedCorsConfigurationSource walletCors() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "DPoP", "If-None-Match"));
        cors.setExposedHeaders(List.of("WWW-Authenticate", "ETag", "Cache-Control", "DPoP-Nonce"));
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
