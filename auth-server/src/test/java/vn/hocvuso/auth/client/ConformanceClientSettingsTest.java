package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.hocvuso.auth.config.AuthServerProperties;

/** The conformance clients as the README registers them: from environment variables only. */
class ConformanceClientSettingsTest {

    private static final String SECRET = "test-only-conformance-secret-0123456789abcdef";

    @Test
    void whenNothingIsSetThenThereIsNoConformanceClient() {
        assertThat(bind(Map.of()).conformanceClients()).isEmpty();
    }

    @Test
    void whenTheReadmeEnvironmentVariablesAreSetThenTheClientIsBound() {
        AuthServerProperties properties = bind(Map.of(
                "AUTH_CONFORMANCECLIENTS_0_CLIENTID", "conformance-basic",
                "AUTH_CONFORMANCECLIENTS_0_AUTHENTICATIONMETHOD", "client_secret_basic",
                "AUTH_CONFORMANCECLIENTS_0_SECRET", SECRET,
                "AUTH_CONFORMANCECLIENTS_0_REDIRECTURIS_0",
                        "https://localhost.emobix.co.uk:8443/test/a/hocvuso/callback"));

        ConformanceClientProperties client = properties.conformanceClients().get(0);
        assertThat(client.clientId()).isEqualTo("conformance-basic");
        assertThat(client.authenticationMethod()).isEqualTo("client_secret_basic");
        assertThat(client.secret()).isEqualTo(SECRET);
        assertThat(client.redirectUris())
                .containsExactly("https://localhost.emobix.co.uk:8443/test/a/hocvuso/callback");
        assertThat(client.scopes()).containsExactlyInAnyOrder("openid", "profile", "email", "address", "phone");
        assertThat(client.toString()).doesNotContain(SECRET);
    }

    @Test
    void whenAConformanceClientIsMisconfiguredThenTheServerRefusesToStartNamingEachProblem() {
        ConformanceClientProperties bad = new ConformanceClientProperties(
                "conformance-basic",
                "client_secret_jwt",
                "short",
                List.of(),
                Set.of("openid", "national_id"),
                "conformance",
                false);

        assertThatThrownBy(() -> new ConformanceClients(List.of(bad), Set.of(), null, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authentication-method must be one of")
                .hasMessageContaining("at least 32 characters")
                .hasMessageContaining("redirect-uris must not be empty")
                .hasMessageContaining("may not include national_id");
    }

    @Test
    void whenAConformanceClientTakesTheIdOfAnotherClientThenTheServerRefusesToStart() {
        ConformanceClientProperties clash = new ConformanceClientProperties(
                "credential-portal",
                "client_secret_post",
                SECRET,
                List.of("https://rp.example/cb"),
                Set.of("openid"),
                "conformance",
                false);

        assertThatThrownBy(() ->
                        new ConformanceClients(List.of(clash), Set.of("credential-portal"), null, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already used by another client");
    }

    private static AuthServerProperties bind(Map<String, Object> environment) {
        Map<String, Object> all = new java.util.HashMap<>(environment);
        all.put("AUTH_BASEURL", "http://localhost:9000");
        all.put("AUTH_DATADIR", "./data/auth-server");
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, all));
        return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate("auth", AuthServerProperties.class);
    }
}
