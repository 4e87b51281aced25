package vn.hocvuso.nid.config;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Security filter chains, most specific first: actuator (0), the OpenID provider's endpoints (1,
 * {@link AuthorizationServerSecurity}), the admin API (2, {@link AdminApiSecurity}), and the pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Pages are self-contained: no script, no third-party resource, never framed. No
     * {@code form-action}: browsers apply it to the redirects after a form, and a login ends with a
     * redirect to the client's registered redirect URI on another origin.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'";

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

    /** The login pages and the portal's front page; anything else needs a logged-in citizen. */
    @Bean
    @Order(100)
    SecurityFilterChain pageSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/", "/login", "/login/otp", "/css/**", "/images/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"));
        return http.build();
    }
}
