package vn.hocvuso.nid.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.DemoContacts;
import vn.hocvuso.nid.citizen.JdbcCitizenContacts;
import vn.hocvuso.nid.citizen.PersonalDataProtector;

/** The citizens' contact data (the email and phone scopes) and the demo citizens' made-up contacts. */
@Configuration(proxyBeanMethods = false)
class ContactConfiguration {

    @Bean
    JdbcCitizenContacts citizenContacts(JdbcClient jdbc, PersonalDataProtector protector) {
        return new JdbcCitizenContacts(jdbc, protector);
    }

    @Bean
    DemoContacts demoContacts(CitizenRegistry registry, JdbcCitizenContacts contacts, NationalIdProperties properties) {
        return new DemoContacts(registry, contacts, properties.demo());
    }
}
