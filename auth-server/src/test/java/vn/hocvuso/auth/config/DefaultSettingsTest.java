package vn.hocvuso.auth.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The documented defaults (README, Configuration) are the ones the server binds without settings. */
class DefaultSettingsTest {

    private static AuthServerProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("auth", AuthServerProperties.class);
    }

    @Test
    void whenNothingIsSetThenTheUpstreamTimeoutsAreFiveSecondsAndTheTokenLifetimesTheContracts() {
        AuthServerProperties properties =
                bind(Map.of("auth.base-url", "http://localhost:9000", "auth.data-dir", "./data/auth-server"));

        assertThat(properties.upstream().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.upstream().readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.upstream().signingAlgorithms()).containsExactly("ES256");
        assertThat(properties.upstream().issuerId()).isEqualTo("http://localhost:7000");
        assertThat(properties.upstream().scopes()).containsExactly("openid", "profile", "address", "national_id");
        assertThat(properties.tokens().accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.tokens().idTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.tokens().authorizationCodeTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.resourceAudience()).hasToString("http://localhost:8080");
        assertThat(properties.resourceSector()).isEqualTo("credential-api");
        assertThat(properties.issuer()).isEqualTo("http://localhost:9000");
    }

    @Test
    void whenTheBaseUrlEndsWithASlashThenTheIssuerDoesNot() {
        AuthServerProperties properties =
                bind(Map.of("auth.base-url", "https://id.example.vn/", "auth.data-dir", "./data/auth-server"));

        assertThat(properties.issuer()).isEqualTo("https://id.example.vn");
    }
}
