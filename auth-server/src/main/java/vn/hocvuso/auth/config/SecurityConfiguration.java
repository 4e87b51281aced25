package vn.hocvuso.auth.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2PushedAuthorizationRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.auth.client.RedirectUriValidator;
import vn.hocvuso.auth.client.assertion.ClientAssertionDecoderFactory;
import vn.hocvuso.auth.federation.AssuranceStepUpFilter;
import vn.hocvuso.auth.federation.CitizenUserService;
import vn.hocvuso.auth.federation.FederatedLoginFailureHandler;
import vn.hocvuso.auth.federation.FederatedLoginSuccessHandler;
import vn.hocvuso.auth.federation.IssuerResponseParameterFilter;
import vn.hocvuso.auth.federation.PendingAuthorization;
import vn.hocvuso.auth.federation.UpstreamAuthorizationRequestResolver;
import vn.hocvuso.auth.token.DefaultScopesClientCredentialsProvider;
import vn.hocvuso.auth.token.IssuerInAuthorizationResponse;
import vn.hocvuso.auth.token.JdbcConsumedTokenStore;
import vn.hocvuso.auth.token.RotatingRefreshTokenProvider;
import vn.hocvuso.auth.token.ServerMetadata;
import vn.hocvuso.auth.token.SingleUseCodeProvider;
import vn.hocvuso.auth.token.TokenFamilies;
import vn.hocvuso.auth.userinfo.CitizenUserInfoMapper;

/** Security filter chains, most specific first: actuator, the OpenID provider's endpoints, the pages. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages: no inline script or style, never framed (clickjacking on the consent page). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Health and readiness answer without login: orchestrators and the demo script poll them. */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
        return http.build();
    }

    /** The OpenID provider: Spring Authorization Server's endpoints with our rules plugged in. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(
            HttpSecurity http,
            RegisteredClientRepository clients,
            OAuth2AuthorizationService authorizations,
            OAuth2AuthorizationConsentService consents,
            AuthorizationServerSettings settings,
            ClientAssertionDecoderFactory assertionDecoders,
            IssuerInAuthorizationResponse issuerInResponse,
            RedirectUriValidator redirectUris,
            CitizenUserInfoMapper userInfo,
            JdbcConsumedTokenStore consumed,
            TokenFamilies families,
            TransactionTemplate transactions,
            PendingAuthorization pending,
            RequestCache requestCache)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        var requestValidator =
                redirectUris.andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR);
        http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        as -> as.registeredClientRepository(clients)
                                .authorizationService(authorizations)
                                .authorizationConsentService(consents)
                                .authorizationServerSettings(settings)
                                .clientAuthentication(clientAuthentication ->
                                        clientAuthentication.authenticationProviders(
                                                providers -> providers.forEach(provider -> {
                                                    if (provider
                                                            instanceof
                                                            JwtClientAssertionAuthenticationProvider assertions) {
                                                        assertions.setJwtDecoderFactory(assertionDecoders);
                                                    }
                                                })))
                                .authorizationEndpoint(authorization -> authorization
                                        .consentPage("/oauth2/consent")
                                        .authorizationResponseHandler(issuerInResponse)
                                        .errorResponseHandler(issuerInResponse)
                                        .authenticationProviders(providers -> providers.forEach(provider -> {
                                            if (provider
                                                    instanceof
                                                    OAuth2AuthorizationCodeRequestAuthenticationProvider requests) {
                                                requests.setAuthenticationValidator(requestValidator);
                                            }
                                        })))
                                .pushedAuthorizationRequestEndpoint(par ->
                                        par.authenticationProviders(providers -> providers.forEach(provider -> {
                                            if (provider
                                                    instanceof
                                                    OAuth2PushedAuthorizationRequestAuthenticationProvider pushed) {
                                                pushed.setAuthenticationValidator(requestValidator);
                                            }
                                        })))
                                .tokenEndpoint(token -> token.authenticationProviders(providers -> wrapGrantProviders(
                                        providers, authorizations, consumed, families, transactions)))
                                .authorizationServerMetadataEndpoint(
                                        metadata -> metadata.authorizationServerMetadataCustomizer(
                                                builder -> builder.claims(ServerMetadata::customize)))
                                .oidc(oidc -> oidc.providerConfigurationEndpoint(configuration ->
                                                configuration.providerConfigurationCustomizer(builder ->
                                                        builder.claims(ServerMetadata::customizeOpenIdConfiguration)))
                                        .userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo))
                                        .logoutEndpoint(Customizer.withDefaults())))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint())))
                .requestCache(cache -> cache.requestCache(requestCache))
                .addFilterAfter(
                        new AssuranceStepUpFilter(settings.getAuthorizationEndpoint(), pending, requestCache),
                        AbstractPreAuthenticatedProcessingFilter.class)
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /** Codes redeem once, refresh tokens rotate with reuse detection, client_credentials default scopes. */
    private static void wrapGrantProviders(
            List<AuthenticationProvider> providers,
            OAuth2AuthorizationService authorizations,
            JdbcConsumedTokenStore consumed,
            TokenFamilies families,
            TransactionTemplate transactions) {
        providers.replaceAll(provider -> {
            if (provider instanceof OAuth2AuthorizationCodeAuthenticationProvider) {
                return new SingleUseCodeProvider(provider, authorizations, consumed, transactions);
            }
            if (provider instanceof OAuth2RefreshTokenAuthenticationProvider) {
                return new RotatingRefreshTokenProvider(provider, authorizations, consumed, families, transactions);
            }
            if (provider instanceof OAuth2ClientCredentialsAuthenticationProvider) {
                return new DefaultScopesClientCredentialsProvider(provider);
            }
            return provider;
        });
    }

    /** The pages: login with the national identity, consent, account; everything else needs a login. */
    @Bean
    @Order(2)
    SecurityFilterChain pagesSecurityFilterChain(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            UpstreamAuthorizationRequestResolver resolver,
            AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
            RestClientAuthorizationCodeTokenResponseClient tokenClient,
            CitizenUserService citizens,
            FederatedLoginFailureHandler failureHandler,
            RequestCache requestCache)
            throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                "/login",
                                "/login/failed",
                                "/logged-out",
                                "/css/**",
                                "/favicon.ico",
                                "/error",
                                UpstreamAuthorizationRequestResolver.START_PATH,
                                "/login/oauth2/code/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requestCache))
                .oauth2Login(login -> login.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver)
                                .authorizationRequestRepository(authorizationRequests))
                        .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenClient))
                        .userInfoEndpoint(endpoint -> endpoint.oidcUserService(citizens))
                        // The upstream's tokens are not kept: the login is all we need them for.
                        .authorizedClientRepository(new DiscardingAuthorizedClientRepository())
                        .successHandler(new FederatedLoginSuccessHandler(contexts))
                        .failureHandler(failureHandler)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failureHandler);
                                return filter;
                            }
                        }))
                .addFilterBefore(
                        new IssuerResponseParameterFilter(authorizationRequests, registrations, failureHandler),
                        OAuth2LoginAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/logged-out"))
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
