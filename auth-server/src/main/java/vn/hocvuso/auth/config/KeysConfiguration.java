package vn.hocvuso.auth.config;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.secret.DataKeys;

/** The service's keys, from its data folder; generated there on first start. */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    ServiceKeys serviceKeys(AuthServerProperties properties, Clock clock) {
        return ServiceKeys.open(
                properties.dataDir(), "auth-server", properties.keys().passwordEnv(), System.getenv(), clock);
    }

    @Bean
    LiveKeyRing liveKeyRing(ServiceKeys serviceKeys, AuthServerProperties properties) {
        return new LiveKeyRing(
                serviceKeys, KeyAlgorithm.ES256, properties.keys().reloadInterval());
    }

    /** The AES key for personal data and the HMAC key for lookups and pairwise subjects. */
    @Bean
    DataKeys dataKeys(ServiceKeys serviceKeys) {
        return serviceKeys.dataKeys();
    }

    /** Every live key: published at the JWK set endpoint and used to verify. */
    @Bean
    JWKSource<SecurityContext> jwkSource(LiveKeyRing keys) {
        return keys.liveKeySource();
    }

    /** Signs with the active key only, so that exactly one key matches and its kid goes in the header. */
    @Bean
    JwtEncoder jwtEncoder(LiveKeyRing keys) {
        return new NimbusJwtEncoder(keys.activeKeySource());
    }

    /** Verifies our own tokens (the userinfo endpoint's bearer tokens): ES256 only, our issuer, not expired. */
    @Bean
    JwtDecoder jwtDecoder(LiveKeyRing keys, AuthServerProperties properties) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys.liveKeySource()));
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(), new JwtIssuerValidator(properties.issuer())));
        return decoder;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
