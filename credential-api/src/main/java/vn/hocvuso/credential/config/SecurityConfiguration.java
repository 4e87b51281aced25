package vn.hocvuso.credential.config;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** Security filter chains, most specific first. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.0/8");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1");

    /**
     * Health and readiness answer without login: orchestrators and the demo script poll them. The
     * Prometheus scrape answers only on the loopback interface (403 otherwise): its counters hold no
     * personal data, but they tell an outsider how the service is used. The scraper runs on the host
     * (or a sidecar); the reverse proxy does not route {@code /actuator/} outward.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/prometheus")
                        .access(SecurityConfiguration::fromLoopback)
                        .anyRequest()
                        .permitAll());
        return http.build();
    }

    private static AuthorizationDecision fromLoopback(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String address = context.getRequest().getRemoteAddr();
        return new AuthorizationDecision(LOOPBACK_V4.matches(address) || LOOPBACK_V6.matches(address));
    }
}
