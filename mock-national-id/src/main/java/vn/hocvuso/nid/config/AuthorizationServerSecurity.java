package vn.hocvuso.nid.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationEndpointConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2ClientAuthenticationConfigurer;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.web.authentication.JwtClientAssertionAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.hocvuso.nid.client.ClientAssertionReplay;
import vn.hocvuso.nid.client.ClientAssertionValidator;
import vn.hocvuso.nid.client.ClientIdFromAssertion;
import vn.hocvuso.nid.oidc.AuthenticationRequirements;
import vn.hocvuso.nid.oidc.AuthorizationErrorWithIssuer;
import vn.hocvuso.nid.oidc.AuthorizationResponseWithIssuer;
import vn.hocvuso.nid.oidc.CitizenUserInfo;
import vn.hocvuso.nid.oidc.FreshLoginFilter;
import vn.hocvuso.nid.oidc.ProviderMetadata;

/** The OpenID provider's endpoints (Spring Authorization Server), right after the actuator chain. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(
            HttpSecurity http,
            AuthenticationRequirements requirements,
            CitizenUserInfo userInfo,
            ClientAssertionReplay replay,
            NationalIdProperties properties,
            Clock clock)
            throws Exception {
        JwtClientAssertionDecoderFactory assertionDecoders = new JwtClientAssertionDecoderFactory();
        assertionDecoders.setJwtValidatorFactory(
                ClientAssertionValidator.factory(replay, properties.tokens().clientAssertionMaxLifetime(), clock));
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.authorizationEndpoint(endpoint -> authorizationEndpoint(endpoint, requirements))
                            .clientAuthentication(authentication -> privateKeyJwt(authentication, assertionDecoders))
                            .authorizationServerMetadataEndpoint(
                                    metadata -> metadata.authorizationServerMetadataCustomizer(
                                            ProviderMetadata.authorizationServerMetadata()))
                            .oidc(oidc -> oidc.providerConfigurationEndpoint(
                                            configuration -> configuration.providerConfigurationCustomizer(
                                                    ProviderMetadata.openIdConfiguration()))
                                    .userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo)));
                })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // prompt=login and max_age: before the authorization endpoint looks at the session.
                .addFilterBefore(
                        new FreshLoginFilter("/oauth2/authorize", clock),
                        AbstractPreAuthenticatedProcessingFilter.class)
                // A browser that is not logged in goes to the login page; the saved request brings it back.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** Our request validation (acr_values, suspended accounts) and {@code iss} in every response (RFC 9207). */
    private static void authorizationEndpoint(
            OAuth2AuthorizationEndpointConfigurer endpoint, AuthenticationRequirements requirements) {
        endpoint.authenticationProviders(providers -> providers.stream()
                        .filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
                        .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
                        .forEach(provider -> provider.setAuthenticationValidator(requirements)))
                .authorizationResponseHandler(new AuthorizationResponseWithIssuer())
                .errorResponseHandler(new AuthorizationErrorWithIssuer());
    }

    /** {@code private_key_jwt} read as RFC 7523 allows, and checked by our stricter validator. */
    private static void privateKeyJwt(
            OAuth2ClientAuthenticationConfigurer authentication, JwtClientAssertionDecoderFactory assertionDecoders) {
        authentication
                .authenticationConverters(converters -> converters.replaceAll(
                        converter -> converter instanceof JwtClientAssertionAuthenticationConverter
                                ? new ClientIdFromAssertion()
                                : converter))
                .authenticationProviders(providers -> providers.stream()
                        .filter(JwtClientAssertionAuthenticationProvider.class::isInstance)
                        .map(JwtClientAssertionAuthenticationProvider.class::cast)
                        .forEach(provider -> provider.setJwtDecoderFactory(assertionDecoders)));
    }
}
