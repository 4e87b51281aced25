package vn.hocvuso.credential.config;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hocvuso.credential.audit.CheckpointKeys;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ServiceKeys;

/** The service's keys, from its data folder; generated there on first start. */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    ServiceKeys serviceKeys(CredentialApiProperties properties, Clock clock) {
        return ServiceKeys.open(
                properties.dataDir(), "credential-api", properties.keys().passwordEnv(), System.getenv(), clock);
    }

    @Bean
    LiveKeyRing liveKeyRing(ServiceKeys serviceKeys, CredentialApiProperties properties) {
        return new LiveKeyRing(
                serviceKeys, KeyAlgorithm.ES256, properties.keys().reloadInterval());
    }

    /** Every live key: published at the JWK set endpoint and used to verify. */
    @Bean
    JWKSource<SecurityContext> jwkSource(LiveKeyRing keys) {
        return keys.liveKeySource();
    }

    /** The access log's checkpoint keys: their own key ring ({@code <data-dir>/access-log/}). */
    @Bean
    CheckpointKeys checkpointKeys(CredentialApiProperties properties, Clock clock) {
        ServiceKeys keys = ServiceKeys.open(
                properties.dataDir().resolve("access-log"),
                "credential-api access log",
                properties.keys().passwordEnv(),
                System.getenv(),
                clock);
        return new CheckpointKeys(
                new LiveKeyRing(keys, KeyAlgorithm.ES256, properties.keys().reloadInterval()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
