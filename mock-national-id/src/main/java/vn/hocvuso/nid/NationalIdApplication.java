package vn.hocvuso.nid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The national identity provider simulator. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NationalIdApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalIdApplication.class, args);
    }
}
