package vn.hocvuso.credential.config;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import vn.hocvuso.credential.agency.AgencyLimits;
import vn.hocvuso.credential.agency.AgencyPasswords;
import vn.hocvuso.credential.agency.AgencyProperties;

/**
 * The agency API ({@code /api/v1/agency/**}, order 11) is a resource server like the provider API:
 * auth-server's access tokens with the {@code competency.query} scope; which client is a registered
 * agency is checked by the API itself (403 problem). Bodies over the limit get 413 before anything
 * reads them. The dashboard ({@code /agency/**}, order 12) takes HTTP Basic (RFC 7617): the agency's
 * client id and its dashboard password (see {@link AgencyPasswords}).
 */
@Configuration(proxyBeanMethods = false)
class AgencySecurity {

    static final String SCOPE = "competency.query";
    static final String REALM = "credential-api agencies";

    @Bean
    @Order(11)
    SecurityFilterChain agencyApiSecurityFilterChain(
            HttpSecurity http, JwtDecoder authServerAccessTokenDecoder, AgencyLimits limits) throws Exception {
        BearerTokenApi.requireScope(http.securityMatcher("/api/v1/agency/**"), authServerAccessTokenDecoder, SCOPE)
                .addFilterBefore(
                        new RequestSizeLimitFilter(
                                limits.maxRequestSize().toBytes(), RequestSizeLimitFilter::problemDetails),
                        SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(12)
    SecurityFilterChain agencyDashboardSecurityFilterChain(
            HttpSecurity http, CredentialApiProperties properties, AgencyProperties agencies) throws Exception {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        List<UserDetails> users = new ArrayList<>();
        agencies.registered()
                .keySet()
                .forEach(id -> users.add(User.withUsername(id)
                        .password(encoder.encode(AgencyPasswords.resolve(properties.dataDir(), id, System.getenv())))
                        .roles("AGENCY")
                        .build()));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/agency/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole("AGENCY"))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
