package vn.hocvuso.credential.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.hocvuso.credential.learner.RecordLearnerLogin;
import vn.hocvuso.credential.portal.AuthServerRegistration;
import vn.hocvuso.credential.portal.LearnerOidcUserService;
import vn.hocvuso.credential.portal.PortalClientKeys;
import vn.hocvuso.credential.portal.PortalProperties;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ServiceKeys;

/**
 * The learner portal and everything no other chain claims (catch-all, last). Learners log in at
 * auth-server as the OIDC client {@code credential-portal}: authorization code with PKCE,
 * {@code private_key_jwt} client authentication, ES256 ID tokens. Pages under {@code /learn/}
 * need a login; the programme pages and the read-only APIs are public.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(100)
    SecurityFilterChain portalSecurityFilterChain(
            HttpSecurity http,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> portalTokenResponseClient,
            RecordLearnerLogin recordLogin,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/learn", "/learn/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2Login(login -> login.loginPage("/login")
                        .authorizedClientRepository(new DiscardingAuthorizedClientRepository())
                        .tokenEndpoint(token -> token.accessTokenResponseClient(portalTokenResponseClient))
                        .userInfoEndpoint(
                                userInfo -> userInfo.oidcUserService(new LearnerOidcUserService(recordLogin, clock)))
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login-error")))
                .logout(logout -> logout.logoutSuccessUrl("/?logged-out"))
                // The APIs this chain serves are read-only and use no session: a wrong method
                // gets its 405 problem document rather than a CSRF refusal.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(
            CredentialApiProperties properties, PortalProperties portal) {
        return new InMemoryClientRegistrationRepository(
                AuthServerRegistration.of(properties.authServerIssuer(), properties.baseUrlText(), portal.clientId()));
    }

    /** auth-server signs ID tokens with ES256 (the contract); Spring's default would expect RS256. */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory() {
        OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
        factory.setJwsAlgorithmResolver(registration -> SignatureAlgorithm.ES256);
        return factory;
    }

    /** The portal's client key ring, in its own folder and keystore apart from the issuer's keys. */
    @Bean
    PortalClientKeys portalClientKeys(CredentialApiProperties properties, Clock clock) {
        ServiceKeys keys = ServiceKeys.open(
                properties.dataDir().resolve("oauth-client"),
                "credential-portal",
                properties.keys().passwordEnv(),
                System.getenv(),
                clock);
        return new PortalClientKeys(
                new LiveKeyRing(keys, KeyAlgorithm.ES256, properties.keys().reloadInterval()));
    }

    /** The token request carries a client assertion signed by the active client key (RFC 7523 §2.2). */
    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> portalTokenResponseClient(
            PortalClientKeys keys) {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<
                OAuth2AuthorizationCodeGrantRequest>(registration ->
                ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(registration.getClientAuthenticationMethod())
                        ? keys.signingKey()
                        : null));
        return client;
    }
}
