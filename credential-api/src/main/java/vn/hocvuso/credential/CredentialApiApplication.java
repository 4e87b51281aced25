package vn.hocvuso.credential;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The competency credential service: framework, learning, issuance, status, verification, agency API, pages. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CredentialApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(CredentialApiApplication.class, args);
    }
}
