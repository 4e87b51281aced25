package vn.hocvuso.auth.config;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import vn.hocvuso.auth.account.CitizenAuthentication;
import vn.hocvuso.auth.client.CachingRegisteredClientRepository;
import vn.hocvuso.auth.client.assertion.JdbcAssertionJtiStore;
import vn.hocvuso.auth.consent.JdbcConsentList;
import vn.hocvuso.auth.token.HashedTokenAuthorizationService;
import vn.hocvuso.auth.token.JdbcAuthorizationIndex;
import vn.hocvuso.auth.token.JdbcConsumedTokenStore;
import vn.hocvuso.auth.token.ReplayRecordsCleanup;

/** Spring Authorization Server's JDBC stores and ours, on the one database Flyway migrates. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /** Cached: see {@link CachingRegisteredClientRepository} for the deadlock this avoids. */
    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
        return new CachingRegisteredClientRepository(new JdbcRegisteredClientRepository(jdbc));
    }

    /**
     * Authorizations, with token values hashed and no personal data kept; the stored principal is a
     * {@link CitizenAuthentication}, which the JSON mapper is told it may read back.
     */
    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        BasicPolymorphicTypeValidator.Builder allowed =
                BasicPolymorphicTypeValidator.builder().allowIfSubType(CitizenAuthentication.class);
        List<JacksonModule> modules =
                SecurityJacksonModules.getModules(PersistenceConfiguration.class.getClassLoader(), allowed);
        JsonMapper mapper = JsonMapper.builder().addModules(modules).build();
        JdbcOAuth2AuthorizationService jdbcService = new JdbcOAuth2AuthorizationService(jdbc, clients);
        jdbcService.setAuthorizationRowMapper(
                new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationRowMapper(clients, mapper));
        jdbcService.setAuthorizationParametersMapper(
                new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationParametersMapper(mapper));
        return new HashedTokenAuthorizationService(jdbcService);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    JdbcConsumedTokenStore consumedTokenStore(JdbcClient jdbc) {
        return new JdbcConsumedTokenStore(jdbc);
    }

    @Bean
    JdbcAssertionJtiStore assertionJtiStore(JdbcClient jdbc) {
        return new JdbcAssertionJtiStore(jdbc);
    }

    @Bean
    JdbcAuthorizationIndex authorizationIndex(JdbcClient jdbc) {
        return new JdbcAuthorizationIndex(jdbc);
    }

    @Bean
    JdbcConsentList consentList(JdbcClient jdbc) {
        return new JdbcConsentList(jdbc);
    }

    @Bean
    ReplayRecordsCleanup replayRecordsCleanup(
            JdbcConsumedTokenStore consumed, JdbcAssertionJtiStore jtis, Clock clock) {
        return new ReplayRecordsCleanup(consumed, jtis, clock);
    }
}
