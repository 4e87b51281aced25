package vn.hocvuso.auth.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2ClientAuthenticationConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OidcConfigurer;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2PushedAuthorizationRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2RefreshTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.auth.authorize.AuthorizationRequestParameters;
import vn.hocvuso.auth.authorize.PromptConsent;
import vn.hocvuso.auth.client.ConformanceClients;
import vn.hocvuso.auth.client.PublicClientPushes;
import vn.hocvuso.auth.client.PushedRequestRequirement;
import vn.hocvuso.auth.client.RedirectUriValidator;
import vn.hocvuso.auth.client.Sha256SecretEncoder;
import vn.hocvuso.auth.client.assertion.ClientAssertionDecoderFactory;
import vn.hocvuso.auth.client.assertion.ClientIdFromAssertionConverter;
import vn.hocvuso.auth.federation.AssuranceStepUpFilter;
import vn.hocvuso.auth.federation.PendingAuthorization;
import vn.hocvuso.auth.release.ClaimsRequestScopes;
import vn.hocvuso.auth.release.ClaimsRequestValidator;
import vn.hocvuso.auth.token.DPoPKeyParameter;
import vn.hocvuso.auth.token.DPoPProofChecks;
import vn.hocvuso.auth.token.DPoPTokenRequests;
import vn.hocvuso.auth.token.DefaultScopesClientCredentialsProvider;
import vn.hocvuso.auth.token.IssuerInAuthorizationResponse;
import vn.hocvuso.auth.token.JdbcConsumedTokenStore;
import vn.hocvuso.auth.token.RotatingRefreshTokenProvider;
import vn.hocvuso.auth.token.ServerMetadata;
import vn.hocvuso.auth.token.SingleUseCodeProvider;
import vn.hocvuso.auth.token.TokenEndpointMetrics;
import vn.hocvuso.auth.token.TokenFamilies;
import vn.hocvuso.auth.userinfo.CitizenUserInfoMapper;
import vn.hocvuso.auth.userinfo.UserInfoBearerTokenResolver;
import vn.hocvuso.auth.userinfo.UserInfoDPoPProofs;
import vn.hocvuso.auth.userinfo.UserInfoErrorResponses;

/**
 * The OpenID provider: Spring Authorization Server's endpoints, with our rules plugged in where it
 * has hooks: client assertions ({@link ClientAssertionDecoderFactory}), redirect URI matching
 * ({@link RedirectUriValidator}), {@code iss} in authorization responses
 * ({@link IssuerInAuthorizationResponse}), single-use codes and rotating refresh tokens, pairwise
 * userinfo, and the metadata that says so.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

    /** The grant rules that wrap Spring Authorization Server's own providers. */
    record GrantRules(
            OAuth2AuthorizationService authorizations,
            JdbcConsumedTokenStore consumed,
            TokenFamilies families,
            TransactionTemplate transactions) {}

    @Bean
    GrantRules grantRules(
            OAuth2AuthorizationService authorizations,
            JdbcConsumedTokenStore consumed,
            TokenFamilies families,
            TransactionTemplate transactions) {
        return new GrantRules(authorizations, consumed, families, transactions);
    }

    @Bean
    TokenEndpointMetrics tokenEndpointMetrics(MeterRegistry registry) {
        return new TokenEndpointMetrics(registry);
    }

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
            ConformanceClients conformanceClients,
            GrantRules grantRules,
            PendingAuthorization pending,
            TokenEndpointMetrics tokenMetrics,
            RequestCache requestCache,
            DPoPTokenRequests dpop,
            DPoPProofChecks dpopProofs,
            AuthorizationRequestParameters requestParameters,
            UserInfoDPoPProofs userInfoProofs)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> requestValidator = redirectUris
                .andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR)
                .andThen(new ClaimsRequestValidator());
        http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        as -> as.registeredClientRepository(clients)
                                .authorizationService(authorizations)
                                .authorizationConsentService(consents)
                                .authorizationServerSettings(settings)
                                .clientAuthentication(client -> clientAuthentication(client, assertionDecoders)
                                        .authenticationConverter(PublicClientPushes.converter(
                                                settings.getPushedAuthorizationRequestEndpoint()))
                                        .authenticationProvider(PublicClientPushes.provider(clients))
                                        .errorResponseHandler(tokenMetrics.clientAuthenticationErrors()))
                                .authorizationEndpoint(endpoint -> endpoint.consentPage("/oauth2/consent")
                                        .authorizationResponseHandler(issuerInResponse)
                                        .errorResponseHandler(issuerInResponse)
                                        .authorizationRequestConverters(converters -> converters.replaceAll(
                                                converter -> new ClaimsRequestScopes(converter, clients)))
                                        .authenticationProviders(providers -> {
                                            validateRequests(
                                                    providers,
                                                    requestValidator.andThen(new PushedRequestRequirement()));
                                            requireConsent(providers, requestParameters.consentRequired());
                                        }))
                                .pushedAuthorizationRequestEndpoint(endpoint ->
                                        endpoint.pushedAuthorizationRequestConverters(converters ->
                                                        converters.replaceAll(converter -> new DPoPKeyParameter(
                                                                new ClaimsRequestScopes(converter, clients),
                                                                dpopProofs)))
                                                .authenticationProviders(
                                                        providers -> validateRequests(providers, requestValidator)))
                                .tokenEndpoint(endpoint -> endpoint.authenticationProviders(providers -> {
                                            wrapGrants(providers, grantRules);
                                            dpop.wrap(providers);
                                        })
                                        .accessTokenResponseHandler(dpop.withNonce(tokenMetrics.tokenResponses()))
                                        .errorResponseHandler(dpop.withNonce(tokenMetrics.errorResponses("token"))))
                                .authorizationServerMetadataEndpoint(
                                        endpoint -> endpoint.authorizationServerMetadataCustomizer(
                                                metadata -> metadata.claims(claims -> {
                                                    ServerMetadata.customize(claims);
                                                    conformanceClients.advertise(claims);
                                                })))
                                .oidc(oidc -> openIdConnect(oidc, userInfo, conformanceClients)))
                // Userinfo takes the token from the header or a form body, never the query (RFC 6750 §2);
                // DPoP-bound access tokens with "Authorization: DPoP" and a proof (RFC 9449 §7), the
                // proofs' jtis in the shared store.
                .oauth2ResourceServer(resource -> resource.bearerTokenResolver(
                                new UserInfoBearerTokenResolver(settings.getOidcUserInfoEndpoint()))
                        .dPoP(Customizer.withDefaults())
                        .withObjectPostProcessor(userInfoProofs.postProcessor()))
                .authorizeHttpRequests(authorize -> authorize
                        // prompt=none must answer login_required, not show the login page (OIDC Core §3.1.2.6).
                        .requestMatchers(requestParameters.silentRequests())
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint())))
                .requestCache(cache -> cache.requestCache(requestCache))
                // Request objects before Spring Authorization Server's first look at the request.
                .addFilterBefore(requestParameters.requestObjectFilter(), LogoutFilter.class)
                // Before Spring Authorization Server's endpoint filter, after its request validation.
                .addFilterAfter(
                        requestParameters.reauthenticationFilter(), AbstractPreAuthenticatedProcessingFilter.class)
                .addFilterAfter(
                        new AssuranceStepUpFilter(settings.getAuthorizationEndpoint(), pending, requestCache),
                        AbstractPreAuthenticatedProcessingFilter.class)
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /** private_key_jwt with our assertion rules, also when client_id is left out (RFC 7523 §3.2). */
    private static OAuth2ClientAuthenticationConfigurer clientAuthentication(
            OAuth2ClientAuthenticationConfigurer client, ClientAssertionDecoderFactory assertionDecoders) {
        return client.authenticationConverter(new ClientIdFromAssertionConverter())
                .authenticationProviders(providers -> providers.forEach(provider -> {
                    if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
                        assertions.setJwtDecoderFactory(assertionDecoders);
                    }
                    // Only the benchmark and conformance test clients have a secret (both off by default).
                    if (provider instanceof ClientSecretAuthenticationProvider secrets) {
                        secrets.setPasswordEncoder(new Sha256SecretEncoder());
                    }
                }));
    }

    private static void validateRequests(
            List<AuthenticationProvider> providers,
            Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> validator) {
        for (AuthenticationProvider provider : providers) {
            if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider requests) {
                requests.setAuthenticationValidator(validator);
            }
            if (provider instanceof OAuth2PushedAuthorizationRequestAuthenticationProvider pushed) {
                pushed.setAuthenticationValidator(validator);
            }
        }
    }

    /** prompt=consent shows the consent page (OIDC Core §3.1.2.1); Spring Authorization Server's rule otherwise. */
    private static void requireConsent(List<AuthenticationProvider> providers, PromptConsent rule) {
        for (AuthenticationProvider provider : providers) {
            if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider requests) {
                requests.setAuthorizationConsentRequired(rule);
            }
        }
    }

    /** Codes redeem once, refresh tokens rotate with reuse detection, client_credentials default scopes. */
    private static void wrapGrants(List<AuthenticationProvider> providers, GrantRules rules) {
        providers.replaceAll(provider -> {
            if (provider instanceof OAuth2AuthorizationCodeAuthenticationProvider) {
                return new SingleUseCodeProvider(
                        provider, rules.authorizations(), rules.consumed(), rules.transactions());
            }
            if (provider instanceof OAuth2RefreshTokenAuthenticationProvider) {
                return new RotatingRefreshTokenProvider(
                        provider, rules.authorizations(), rules.consumed(), rules.families(), rules.transactions());
            }
            if (provider instanceof OAuth2ClientCredentialsAuthenticationProvider) {
                return new DefaultScopesClientCredentialsProvider(provider);
            }
            return provider;
        });
    }

    private static void openIdConnect(
            OidcConfigurer oidc, CitizenUserInfoMapper userInfo, ConformanceClients conformanceClients) {
        oidc.providerConfigurationEndpoint(endpoint ->
                        endpoint.providerConfigurationCustomizer(configuration -> configuration.claims(claims -> {
                            ServerMetadata.customizeOpenIdConfiguration(claims);
                            conformanceClients.advertise(claims);
                        })))
                .userInfoEndpoint(endpoint ->
                        endpoint.userInfoMapper(userInfo).errorResponseHandler(new UserInfoErrorResponses()))
                .logoutEndpoint(Customizer.withDefaults());
    }
}
