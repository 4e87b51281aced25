package vn.hocvuso.credential.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data, prefix {@code credentials.demo-data}.
 *
 * @param enabled whether the demo learners and their records are seeded at start (turn off in production)
 */
@ConfigurationProperties("credentials.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {}
