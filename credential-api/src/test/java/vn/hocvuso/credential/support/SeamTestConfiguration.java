package vn.hocvuso.credential.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.hocvuso.credential.issuance.JdbcIssuedCredentialStore;

/**
 * Test implementations of the shared seams that issue 6 implements for real (catalogue, learner
 * directory, completions), and the issuance store a test can make fail once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeamTestConfiguration {

    @Bean
    TestCatalog testCatalog() {
        return new TestCatalog();
    }

    @Bean
    TestLearners testLearners() {
        return new TestLearners();
    }

    @Bean
    TestCompletions testCompletions() {
        return new TestCompletions();
    }

    @Bean
    @Primary
    FailOnceCredentialStore failOnceCredentialStore(JdbcIssuedCredentialStore store) {
        return new FailOnceCredentialStore(store);
    }
}
