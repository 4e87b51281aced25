package vn.hocvuso.credential.config;

import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The training-provider API is an OAuth 2.0 resource server: it accepts auth-server's access
 * tokens (ES256 JWTs, RFC 9068 profile) that are addressed to us ({@code aud} holds our base URL)
 * and carry the {@code learning.submit} scope. Failures answer with {@code WWW-Authenticate}
 * (RFC 6750 §3) and a problem document.
 */
@Configuration(proxyBeanMethods = false)
class ProviderApiSecurity {

    static final String SCOPE = "learning.submit";

    @Bean
    @Order(10)
    SecurityFilterChain providerApiSecurityFilterChain(HttpSecurity http, JwtDecoder authServerAccessTokenDecoder)
            throws Exception {
        BearerTokenApi.requireScope(http.securityMatcher("/api/v1/provider/**"), authServerAccessTokenDecoder, SCOPE);
        return http.build();
    }

    /**
     * auth-server's access tokens: ES256 only, signed by a key of its JWK set, from its issuer, not
     * expired, and addressed to this service (RFC 9068 §4: {@code aud} must name the resource).
     */
    @Bean
    JwtDecoder authServerAccessTokenDecoder(CredentialApiProperties properties) {
        String issuer = properties.authServerIssuer();
        String audience = properties.baseUrlText();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        JwtTypeValidator type = new JwtTypeValidator(List.of(JOSEObjectType.JWT.getType(), "at+jwt"));
        type.setAllowEmpty(true);
        OAuth2TokenValidator<Jwt> audienceValidator =
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                type, new JwtTimestampValidator(), new JwtIssuerValidator(issuer), audienceValidator));
        return decoder;
    }
}
