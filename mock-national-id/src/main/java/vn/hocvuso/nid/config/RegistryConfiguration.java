package vn.hocvuso.nid.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.secret.DataKeys;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.DemoCitizens;
import vn.hocvuso.nid.citizen.PersonalDataProtector;
import vn.hocvuso.nid.citizen.Provinces;
import vn.hocvuso.nid.login.LoginProperties;

/** The citizen registry's wiring: the province list, data protection keys, password hashing, demo data. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    Provinces provinces() {
        return Provinces.official();
    }

    /** AES-GCM and HMAC keys from the data folder, generated there on first start. */
    @Bean
    PersonalDataProtector personalDataProtector(ServiceKeys serviceKeys) {
        DataKeys keys = serviceKeys.dataKeys();
        return new PersonalDataProtector(keys.encryptionKey(), keys.lookupKey());
    }

    /** bcrypt, with an id prefix ({@code {bcrypt}...}) so that the algorithm can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginProperties loginProperties(NationalIdProperties properties) {
        return properties.login();
    }

    @Bean
    DemoCitizens demoCitizens(CitizenRegistry registry, NationalIdProperties properties) {
        return new DemoCitizens(registry, properties.demo());
    }
}
