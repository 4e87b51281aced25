package vn.hocvuso.credential.config;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import vn.hocvuso.credential.operator.OperatorPassword;
import vn.hocvuso.credential.operator.OperatorProperties;
import vn.hocvuso.credential.problem.ProblemResponses;

/**
 * Operators' pages and APIs ({@code /operator/**}, {@code /api/v1/operator/**}) need HTTP Basic
 * (RFC 7617) as the one operator account. Its password is hashed with BCrypt at start, whose
 * comparison takes the same time whatever the guess.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurity {

    static final String REALM = "credential-api operators";

    @Bean
    @Order(50)
    SecurityFilterChain operatorSecurityFilterChain(
            HttpSecurity http, CredentialApiProperties properties, OperatorProperties operator) throws Exception {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        String password = OperatorPassword.resolve(properties.dataDir(), operator.passwordEnv(), System.getenv());
        DaoAuthenticationProvider provider =
                new DaoAuthenticationProvider(new InMemoryUserDetailsManager(User.withUsername(operator.username())
                        .password(encoder.encode(password))
                        .roles("OPERATOR")
                        .build()));
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/operator/**", "/api/v1/operator/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole("OPERATOR"))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(challenge()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(challenge()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // The API takes no cookies, only Basic credentials on each request: nothing to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/operator/**"));
        return http.build();
    }

    /** RFC 7617 §2 challenge; the API answers with a problem document, the page with the error page. */
    private static AuthenticationEntryPoint challenge() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "operator-login-required",
                        "Operator login required",
                        "log in with the operator's user name and password (HTTP Basic)");
            } else {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
        };
    }
}
