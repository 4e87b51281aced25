package vn.hocvuso.nid.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The fixed-code citizen exists for demos and robots only: a production profile refuses to start with it. */
class AutomationCitizenGuardTest {

    @Test
    void whenTheProductionProfileIsActiveWithTheAutomationCitizenThenTheSimulatorRefusesToStart() {
        for (String profile : new String[] {"postgres", "production"}) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles(profile);

            assertThatThrownBy(() -> new RegistryConfiguration().oneTimeCodes(properties(Map.of()), environment))
                    .as(profile)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("nid.demo.automation-citizen.enabled=false");
        }
    }

    @Test
    void whenTheProductionProfileTurnsTheAutomationCitizenOffThenItStarts() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        assertThat(new RegistryConfiguration()
                        .oneTimeCodes(properties(Map.of("nid.demo.automation-citizen.enabled", "false")), environment))
                .isNotNull();
        assertThat(new RegistryConfiguration()
                        .oneTimeCodes(properties(Map.of("nid.demo.enabled", "false")), environment))
                .isNotNull();
    }

    @Test
    void whenNoProductionProfileIsActiveThenTheDemoStartsWithTheAutomationCitizen() {
        assertThat(new RegistryConfiguration().oneTimeCodes(properties(Map.of()), new MockEnvironment()))
                .isNotNull();
    }

    private static NationalIdProperties properties(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("nid.base-url", "http://localhost:7000");
        all.put("nid.data-dir", "./target/guard-test");
        return new Binder(new MapConfigurationPropertySource(all))
                .bind("nid", NationalIdProperties.class)
                .get();
    }
}
