package vn.hocvuso.auth.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.auth.account.AccountProvisioning;
import vn.hocvuso.auth.account.JdbcCitizenAccountStore;
import vn.hocvuso.auth.account.NationalIdHash;
import vn.hocvuso.auth.account.PersonalDataCipher;
import vn.hocvuso.auth.consent.Consents;
import vn.hocvuso.auth.consent.JdbcConsentList;
import vn.hocvuso.auth.release.IdentityClaims;
import vn.hocvuso.auth.subject.PairwiseSubjects;
import vn.hocvuso.auth.token.JdbcAuthorizationIndex;
import vn.hocvuso.auth.token.TokenFamilies;
import vn.hocvuso.keys.secret.DataKeys;

/** Citizen accounts, their protection at rest, and what relying parties learn of them. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher(DataKeys keys) {
        return new PersonalDataCipher(keys.encryptionKey());
    }

    @Bean
    NationalIdHash nationalIdHash(DataKeys keys) {
        return new NationalIdHash(keys.lookupKey());
    }

    @Bean
    PairwiseSubjects pairwiseSubjects(DataKeys keys) {
        return new PairwiseSubjects(keys.lookupKey());
    }

    @Bean
    IdentityClaims identityClaims(PairwiseSubjects subjects) {
        return new IdentityClaims(subjects);
    }

    @Bean
    JdbcCitizenAccountStore citizenAccountStore(JdbcClient jdbc, PersonalDataCipher cipher, NationalIdHash hash) {
        return new JdbcCitizenAccountStore(jdbc, cipher, hash);
    }

    @Bean
    AccountProvisioning accountProvisioning(
            JdbcCitizenAccountStore accounts, TransactionTemplate transactions, Clock clock) {
        return new AccountProvisioning(accounts, transactions, clock);
    }

    @Bean
    TokenFamilies tokenFamilies(OAuth2AuthorizationService authorizations) {
        return new TokenFamilies(authorizations);
    }

    @Bean
    Consents consents(
            JdbcConsentList list,
            OAuth2AuthorizationConsentService consents,
            RegisteredClientRepository clients,
            JdbcAuthorizationIndex authorizations,
            TokenFamilies families,
            TransactionTemplate transactions) {
        return new Consents(list, consents, clients, authorizations, families, transactions);
    }
}
