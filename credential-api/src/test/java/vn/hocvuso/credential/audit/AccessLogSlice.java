package vn.hocvuso.credential.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ServiceKeys;

/**
 * The access log's persistence slice: an embedded database migrated by Flyway, the log's JDBC
 * adapters and its verification, checkpoint keys made in a fresh folder, and a checkpoint every 10
 * entries. Each test runs in a transaction that is rolled back unless it says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest(
        properties = {
            "credentials.base-url=http://localhost:8080",
            "credentials.data-dir=./test-data/audit-slice",
            "credentials.access-log.checkpoint-every-entries=" + AccessLogSlice.CHECKPOINT_EVERY,
            "credentials.access-log.verification-batch=16"
        })
@Import(AccessLogSlice.Beans.class)
// The test profile's logging levels too: a new context re-applies its levels to the shared logging system.
@ActiveProfiles("test")
// The test profile's database (its own H2, or with -Dtest.database=postgres its own PostgreSQL
// database): the head's row lock and the tamperings must hold on both.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public @interface AccessLogSlice {

    int CHECKPOINT_EVERY = 10;

    String ISSUER = "http://localhost:8080";

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({CredentialApiProperties.class, AccessLogProperties.class})
    @Import({JdbcAccessLog.class, JdbcCheckpoints.class, JdbcAccessLogReader.class, VerifyAccessLog.class})
    class Beans {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        CheckpointKeys checkpointKeys(Clock clock) throws Exception {
            ServiceKeys keys = ServiceKeys.open(
                    Files.createTempDirectory("access-log-keys"),
                    "access log test",
                    "ACCESS_LOG_TEST_NO_SUCH_VARIABLE",
                    Map.of(),
                    clock);
            return new CheckpointKeys(new LiveKeyRing(keys, KeyAlgorithm.ES256, java.time.Duration.ofSeconds(10)));
        }
    }
}
