package vn.hocvuso.credential.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.PersonalDataCipher;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.secret.DataKeys;

/** The keys that protect personal data at rest: AES-GCM for names, HMAC-SHA256 for ID-number lookups. */
@Configuration(proxyBeanMethods = false)
class DataProtectionConfiguration {

    @Bean
    DataKeys dataKeys(ServiceKeys serviceKeys) {
        return serviceKeys.dataKeys();
    }

    @Bean
    LearnerKeys learnerKeys(DataKeys dataKeys) {
        return new LearnerKeys(dataKeys.lookupKey());
    }

    @Bean
    PersonalDataCipher personalDataCipher(DataKeys dataKeys) {
        return new PersonalDataCipher(dataKeys.encryptionKey());
    }
}
