package vn.hocvuso.auth.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import vn.hocvuso.auth.federation.CitizenUserService;
import vn.hocvuso.auth.federation.FederatedLoginFailureHandler;
import vn.hocvuso.auth.federation.FederatedLoginSuccessHandler;
import vn.hocvuso.auth.federation.FederationFailureGuard;
import vn.hocvuso.auth.federation.GuardedTokenResponseClient;
import vn.hocvuso.auth.federation.IssuerResponseParameterFilter;
import vn.hocvuso.auth.federation.LoginMetrics;
import vn.hocvuso.auth.federation.UpstreamAuthorizationRequestResolver;

/**
 * The pages: login through the national identity (the one way in), consent, account; everything
 * that is not public needs a citizen logged in.
 */
@Configuration(proxyBeanMethods = false)
class PagesSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain pagesSecurityFilterChain(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            UpstreamAuthorizationRequestResolver resolver,
            AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
            GuardedTokenResponseClient tokenClient,
            CitizenUserService citizens,
            FederatedLoginFailureHandler failureHandler,
            LoginMetrics loginMetrics,
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
                        // The upstream's tokens are not kept: the login is all they are needed for.
                        .authorizedClientRepository(new DiscardingAuthorizedClientRepository())
                        .successHandler(new FederatedLoginSuccessHandler(contexts, loginMetrics))
                        .failureHandler(failureHandler)
                        .withObjectPostProcessor(failuresOnTheWayOut(failureHandler)))
                .addFilterBefore(
                        new IssuerResponseParameterFilter(authorizationRequests, registrations, failureHandler),
                        OAuth2LoginAuthenticationFilter.class)
                .addFilterBefore(
                        new FederationFailureGuard(failureHandler), OAuth2AuthorizationRequestRedirectFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/logged-out"))
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /** A login that cannot even start (the upstream's discovery fails) ends on the same error page. */
    private static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> failuresOnTheWayOut(
            FederatedLoginFailureHandler failureHandler) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(failureHandler);
                return filter;
            }
        };
    }
}
