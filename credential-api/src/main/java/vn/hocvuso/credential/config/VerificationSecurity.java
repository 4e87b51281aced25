package vn.hocvuso.credential.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.hocvuso.credential.verification.VerifierProperties;

/**
 * Security of verification (order 30): the employer's pages (no account; CSRF-protected forms), the
 * wallet's OpenID4VP endpoints (request objects, {@code direct_post} responses) and the verification
 * API for employers' systems. The wallet and the API send no cookies, so CSRF does not apply to them;
 * their bodies are limited in size (413) before anything reads them.
 */
@Configuration(proxyBeanMethods = false)
class VerificationSecurity {

    @Bean
    @Order(30)
    SecurityFilterChain verificationSecurityFilterChain(HttpSecurity http, VerifierProperties verifier)
            throws Exception {
        long limit = verifier.maxRequestSize().toBytes();
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/v1/verifications");
        RequestMatcher wallet = request -> request.getRequestURI().startsWith("/oid4vp/");
        http.securityMatcher("/verify", "/verify/**", "/oid4vp/**", "/api/v1/verifications", "/api/v1/verifications/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(api, wallet))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                // 413 as a problem for the API, in the OAuth error format for the wallet's response endpoint.
                .addFilterBefore(
                        new RequestSizeLimitFilter(limit, (request, response, max) -> {
                            if (api.matches(request)) {
                                RequestSizeLimitFilter.problemDetails(request, response, max);
                            } else {
                                RequestSizeLimitFilter.oauthError(request, response, max);
                            }
                        }),
                        SecurityContextHolderFilter.class);
        return http.build();
    }
}
