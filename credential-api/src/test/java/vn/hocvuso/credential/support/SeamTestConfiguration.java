package vn.hocvuso.credential.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.hocvuso.credential.issuance.JdbcIssuedCredentialStore;

/**
 * Test implementations of the shared seams (catalogue, learner directory, completions) that take
 * precedence over the real ones in the issuance tests, so that each test sets exactly the
 * completions it needs; and the issuance store a test can make fail once. The portal and learning
 * tests ({@code PortalIntegrationTest}) and the full-stack flow tests use the real implementations.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeamTestConfiguration {

    @Bean
    @Primary
    TestCatalog testCatalog() {
        return new TestCatalog();
    }

    @Bean
    @Primary
    TestLearners testLearners() {
        return new TestLearners();
    }

    @Bean
    @Primary
    TestCompletions testCompletions() {
        return new TestCompletions();
    }

    @Bean
    @Primary
    FailOnceCredentialStore failOnceCredentialStore(JdbcIssuedCredentialStore store) {
        return new FailOnceCredentialStore(store);
    }
}
