package vn.hocvuso.nid.config;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.secret.DataKeys;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.DemoCitizens;
import vn.hocvuso.nid.citizen.DemoProperties;
import vn.hocvuso.nid.citizen.PersonalDataProtector;
import vn.hocvuso.nid.citizen.Provinces;
import vn.hocvuso.nid.login.LoginProperties;
import vn.hocvuso.nid.login.OneTimeCodes;

/** The citizen registry's wiring: the province list, data protection keys, password hashing, demo data. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    /** Profiles under which demo shortcuts are refused. */
    static final String PRODUCTION_PROFILES = "postgres | production";

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

    /**
     * The automation citizen's fixed code is for demos and automated tests only: with a production
     * profile the simulator refuses to start rather than accept a code anyone can read in the README.
     */
    @Bean
    OneTimeCodes oneTimeCodes(NationalIdProperties properties, Environment environment) {
        DemoProperties demo = properties.demo();
        if (!demo.automationCitizenActive()) {
            return new OneTimeCodes(properties.login(), Optional.empty(), new SecureRandom());
        }
        if (environment.matchesProfiles(PRODUCTION_PROFILES)) {
            throw new IllegalStateException("nid.demo.automation-citizen is enabled with a production profile ("
                    + PRODUCTION_PROFILES + "): its one-time code is public. "
                    + "Set nid.demo.automation-citizen.enabled=false (or nid.demo.enabled=false).");
        }
        return new OneTimeCodes(
                properties.login(),
                Optional.of(new OneTimeCodes.FixedCode(
                        DemoCitizens.AUTOMATION_CITIZEN,
                        demo.automationCitizen().oneTimeCode())),
                new SecureRandom());
    }

    @Bean
    DemoCitizens demoCitizens(CitizenRegistry registry, NationalIdProperties properties) {
        return new DemoCitizens(registry, properties.demo());
    }
}
