package vn.hocvuso.auth.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.savedrequest.RequestCache;
import vn.hocvuso.auth.account.AccountProvisioning;
import vn.hocvuso.auth.authorize.AuthorizationRequestCache;
import vn.hocvuso.auth.authorize.EffectiveAuthorizationParameters;
import vn.hocvuso.auth.federation.CitizenUserService;
import vn.hocvuso.auth.federation.FederatedLoginFailureHandler;
import vn.hocvuso.auth.federation.GuardedTokenResponseClient;
import vn.hocvuso.auth.federation.LoginMetrics;
import vn.hocvuso.auth.federation.NationalIdClientRegistrations;
import vn.hocvuso.auth.federation.PendingAuthorization;
import vn.hocvuso.auth.federation.UpstreamAuthorizationRequestResolver;
import vn.hocvuso.auth.federation.UpstreamHttp;
import vn.hocvuso.auth.federation.UpstreamIdTokenDecoderFactory;
import vn.hocvuso.auth.federation.UpstreamMetadata;
import vn.hocvuso.keys.LiveKeyRing;

/** The federation to the national identity provider: our side of its OpenID Connect login. */
@Configuration(proxyBeanMethods = false)
class FederationConfiguration {

    @Bean
    UpstreamHttp upstreamHttp(AuthServerProperties properties) {
        return new UpstreamHttp(properties.upstream());
    }

    @Bean
    UpstreamMetadata upstreamMetadata(AuthServerProperties properties, UpstreamHttp http, Clock clock) {
        return new UpstreamMetadata(properties.upstream(), http.documentClient(), clock);
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(
            AuthServerProperties properties, UpstreamMetadata metadata) {
        return new NationalIdClientRegistrations(properties.upstream(), metadata, properties.issuer());
    }

    /** Picked up by Spring Security's OpenID Connect login for the upstream's ID tokens. */
    @Bean
    JwtDecoderFactory<ClientRegistration> upstreamIdTokenDecoderFactory(
            AuthServerProperties properties, UpstreamHttp http, Clock clock) {
        return new UpstreamIdTokenDecoderFactory(properties.upstream(), http, clock);
    }

    /** Token requests authenticate with private_key_jwt, signed with our active key (RFC 7523 §2.2). */
    @Bean
    GuardedTokenResponseClient upstreamTokenClient(UpstreamHttp http, LiveKeyRing keys) {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(http.tokenClient());
        client.addParametersConverter(
                new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(
                        registration -> keys.active().jwk()));
        return new GuardedTokenResponseClient(client);
    }

    @Bean
    CitizenUserService citizenUserService(
            UpstreamHttp http, AccountProvisioning accounts, AuthServerProperties properties) {
        DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
        userInfo.setRestOperations(http.userInfoClient());
        OidcUserService oidc = new OidcUserService();
        oidc.setOauth2UserService(userInfo);
        // The upstream gives its claims at userinfo too: always read it and compare (OIDC Core §5.3.2).
        oidc.setRetrieveUserInfo(request -> true);
        return new CitizenUserService(oidc, accounts, properties.upstream());
    }

    /** Authorization requests sent by POST resume after the login as the equivalent GET. */
    @Bean
    RequestCache requestCache(AuthorizationServerSettings settings) {
        return new AuthorizationRequestCache(settings.getAuthorizationEndpoint());
    }

    @Bean
    AuthorizationRequestRepository<OAuth2AuthorizationRequest> upstreamAuthorizationRequests() {
        return new HttpSessionOAuth2AuthorizationRequestRepository();
    }

    @Bean
    PendingAuthorization pendingAuthorization(
            RequestCache requestCache, RegisteredClientRepository clients, EffectiveAuthorizationParameters effective) {
        return new PendingAuthorization(requestCache, clients, effective);
    }

    @Bean
    UpstreamAuthorizationRequestResolver upstreamAuthorizationRequestResolver(
            ClientRegistrationRepository registrations, PendingAuthorization pending) {
        return new UpstreamAuthorizationRequestResolver(registrations, pending);
    }

    @Bean
    LoginMetrics loginMetrics(MeterRegistry registry) {
        return new LoginMetrics(registry);
    }

    @Bean
    FederatedLoginFailureHandler federatedLoginFailureHandler(LoginMetrics metrics) {
        return new FederatedLoginFailureHandler(metrics);
    }
}
