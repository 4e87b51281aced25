package vn.hocvuso.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context of our apps its own empty database, so that the same tests run
 * on H2 and, with {@code -Dtest.database=postgres}, on the real PostgreSQL server. Active only on
 * the tests' class path (this module is a test dependency).
 */
public final class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestDatabase.usesPostgres() || environment.getPropertySources().contains("testDatabase")) {
            return;
        }
        String app = environment.getProperty("spring.application.name", "app");
        Map<String, Object> properties =
                new LinkedHashMap<>(TestDatabase.fresh(app).springProperties());
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }
}
