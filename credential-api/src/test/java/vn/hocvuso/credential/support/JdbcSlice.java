package vn.hocvuso.credential.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import javax.crypto.KeyGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.hocvuso.credential.demo.DemoDataProperties;
import vn.hocvuso.credential.demo.DemoDataSeeder;
import vn.hocvuso.credential.framework.FrameworkProperties;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.PersonalDataCipher;
import vn.hocvuso.credential.learner.RecordLearnerLogin;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningRecords;
import vn.hocvuso.credential.learning.RecordModuleResult;

/**
 * The persistence slice: an embedded database migrated by Flyway, the JDBC adapters of the
 * learning features and the few beans they need (keys made here, never read from a file), no demo
 * data unless a test seeds it. Each
 * test runs in a transaction that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest(properties = "credentials.demo-data.enabled=false")
@Import(JdbcSlice.Beans.class)
// The test profile's logging levels too: each new context re-applies its levels to the one logging
// system, and without them WireMock's journal (test ID numbers) would reach later tests' logs.
@ActiveProfiles("test")
public @interface JdbcSlice {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({FrameworkProperties.class, DemoDataProperties.class})
    @Import({
        JdbcLearnerDirectory.class,
        JdbcLearningRecords.class,
        LearningRecords.class,
        RecordLearnerLogin.class,
        RecordModuleResult.class,
        YamlProgrammeCatalog.class,
        DemoDataSeeder.class
    })
    class Beans {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        LearnerKeys learnerKeys() throws Exception {
            KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
            generator.init(256);
            return new LearnerKeys(generator.generateKey());
        }

        @Bean
        PersonalDataCipher personalDataCipher() throws Exception {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return new PersonalDataCipher(generator.generateKey());
        }
    }
}
