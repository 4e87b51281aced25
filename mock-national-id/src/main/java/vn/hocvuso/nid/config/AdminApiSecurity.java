package vn.hocvuso.nid.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.nid.admin.AdminAuthenticationProvider;
import vn.hocvuso.nid.admin.AdminCredentials;
import vn.hocvuso.nid.admin.AdminProblemResponses;

/** The admin API: HTTP Basic with the operator's credentials, no session, problem details for every refusal. */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurity {

    @Bean
    AdminCredentials adminCredentials(NationalIdProperties properties) {
        return AdminCredentials.resolve(properties.admin(), properties.dataDir(), System.getenv());
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminApiSecurityFilterChain(HttpSecurity http, AdminCredentials credentials, JsonMapper json)
            throws Exception {
        AdminProblemResponses problems = new AdminProblemResponses(json);
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole(AdminAuthenticationProvider.ROLE))
                .authenticationManager(new ProviderManager(new AdminAuthenticationProvider(credentials)))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // No cookie ever authenticates this API (stateless, HTTP Basic), so there is no CSRF to prevent.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
