package vn.hocvuso.credential.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.hocvuso.credential.learner.PersonalDataCipher;

/**
 * Browser sessions live in the shared database (Spring Session JDBC, tables from migration V43),
 * so that any instance serves any request; their attributes are stored encrypted
 * ({@link SealedSessionAttributes}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sealedSessionAttributes(PersonalDataCipher cipher) {
        return repository -> repository.setConversionService(
                SealedSessionAttributes.conversionService(cipher, SessionStoreConfiguration.class.getClassLoader()));
    }
}
