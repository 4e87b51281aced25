package vn.hocvuso.nid.config;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.JdbcCitizenContacts;
import vn.hocvuso.nid.client.ClientRegistrations;
import vn.hocvuso.nid.client.JdbcUnconfiguredClients;
import vn.hocvuso.nid.oidc.AuthenticationRequirements;
import vn.hocvuso.nid.oidc.CitizenUserInfo;
import vn.hocvuso.nid.oidc.IssuedTokenClaims;
import vn.hocvuso.nid.oidc.PersonalDataFreeAuthorizations;

/**
 * Spring Authorization Server's parts: settings, the JDBC stores of clients, authorizations and
 * consents, the token signer (active key only) and verifier (every live key), and our
 * customisations of tokens, userinfo and request validation.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(NationalIdProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new PersonalDataFreeAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients));
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    /** Signs with the active key only: exactly one key matches, so the token's kid is never ambiguous. */
    @Bean
    JwtEncoder jwtEncoder(LiveKeyRing keys) {
        return new NimbusJwtEncoder(keys.activeKeySource());
    }

    /** Verifies our own access tokens at the userinfo endpoint: ES256 only, our issuer only, any live key. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, NationalIdProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource)
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(
            CitizenRegistry registry, NationalIdProperties properties, JdbcCitizenContacts contacts) {
        return new IssuedTokenClaims(registry, properties.tokens(), contacts);
    }

    @Bean
    CitizenUserInfo citizenUserInfo(CitizenRegistry registry, JdbcCitizenContacts contacts) {
        return new CitizenUserInfo(registry, contacts);
    }

    @Bean
    AuthenticationRequirements authenticationRequirements(CitizenRegistry registry) {
        return new AuthenticationRequirements(registry);
    }

    @Bean
    ClientRegistrations clientRegistrations(
            NationalIdProperties properties,
            RegisteredClientRepository repository,
            JdbcUnconfiguredClients unconfigured) {
        return new ClientRegistrations(properties.clients(), properties.tokens(), repository, unconfigured);
    }
}
