package vn.hocvuso.credential.config;

import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import vn.hocvuso.credential.problem.ProblemResponses;

/**
 * An API of ours that is an OAuth 2.0 resource server for auth-server's access tokens with one
 * scope: stateless, no CSRF (no cookies), and failures answered with {@code WWW-Authenticate}
 * (RFC 6750 §3) and a problem document (RFC 9457).
 */
final class BearerTokenApi {

    private BearerTokenApi() {}

    static HttpSecurity requireScope(HttpSecurity http, JwtDecoder decoder, String scope) throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        return http.authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority("SCOPE_" + scope))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint((request, response, exception) -> {
                            challenge.commence(request, response, exception);
                            ProblemResponses.write(
                                    request,
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "invalid-token",
                                    "Missing or invalid access token",
                                    "send an access token from auth-server with the " + scope + " scope");
                        })
                        .accessDeniedHandler((request, response, exception) -> {
                            denied.handle(request, response, exception);
                            ProblemResponses.write(
                                    request,
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    "insufficient-scope",
                                    "Insufficient scope",
                                    "the access token lacks the " + scope + " scope");
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
    }
}
