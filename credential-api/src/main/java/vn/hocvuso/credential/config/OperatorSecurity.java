package vn.hocvuso.credential.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Operators' pages and API (order 50): HTTP Basic with the operator account of
 * {@link OperatorProperties}. The account is this chain's alone, so no other chain accepts it.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurity {

    @Bean
    @Order(50)
    SecurityFilterChain operatorSecurityFilterChain(
            HttpSecurity http, OperatorProperties operator, CredentialApiProperties app) throws Exception {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String password = OperatorPassword.resolve(app.dataDir(), System.getenv());
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername(operator.username())
                .password(encoder.encode(password))
                .roles("OPERATOR")
                .build());
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/operator/**", "/api/v1/operator/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole("OPERATOR"))
                .authenticationManager(new ProviderManager(provider))
                .httpBasic(Customizer.withDefaults())
                // The API takes no cookies, only Basic credentials on each request.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/operator/**"));
        return http.build();
    }
}
