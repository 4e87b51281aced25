package vn.hocvuso.auth.config;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.hocvuso.auth.account.JdbcCitizenAccountStore;
import vn.hocvuso.auth.client.BenchmarkClient;
import vn.hocvuso.auth.client.ClientRegistrar;
import vn.hocvuso.auth.client.ConformanceClients;
import vn.hocvuso.auth.client.DemoClientKeys;
import vn.hocvuso.auth.client.JdbcMarkedClients;
import vn.hocvuso.auth.client.RedirectUriValidator;
import vn.hocvuso.auth.client.assertion.ClientAssertionDecoderFactory;
import vn.hocvuso.auth.client.assertion.JdbcAssertionJtiStore;
import vn.hocvuso.auth.release.IdentityClaims;
import vn.hocvuso.auth.subject.PairwiseSubjects;
import vn.hocvuso.auth.token.IssuerInAuthorizationResponse;
import vn.hocvuso.auth.token.TokenClaimsCustomizer;
import vn.hocvuso.auth.userinfo.CitizenUserInfoMapper;

/** The pieces of our OpenID provider that are not filter chains: settings, clients, token contents. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** RFC 7523 §3 item 4 leaves the lifetime to the server: this one accepts 5 minutes at most. */
    static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);

    /** Connect and read timeout when fetching a client's JWK set. */
    static final Duration CLIENT_JWKS_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    DemoClientKeys demoClientKeys(AuthServerProperties properties, Clock clock) {
        return new DemoClientKeys(
                properties.dataDir(), properties.keys().demoClientPasswordEnv(), System.getenv(), clock);
    }

    @Bean
    ClientRegistrar clientRegistrar(
            AuthServerProperties properties, RegisteredClientRepository clients, DemoClientKeys demoKeys) {
        return new ClientRegistrar(properties.clients(), clients, properties.tokens(), demoKeys);
    }

    @Bean
    BenchmarkClient benchmarkClient(AuthServerProperties properties, RegisteredClientRepository clients) {
        return new BenchmarkClient(
                properties.benchmarkClient(), properties.clients().keySet(), clients, properties.tokens());
    }

    @Bean
    ConformanceClients conformanceClients(
            AuthServerProperties properties,
            RegisteredClientRepository clients,
            JdbcClient jdbc,
            DemoClientKeys demoKeys) {
        Set<String> others = new HashSet<>(properties.clients().keySet());
        others.add(properties.benchmarkClient().clientId());
        return new ConformanceClients(
                properties.conformanceClients(),
                others,
                clients,
                new JdbcMarkedClients(jdbc),
                properties.tokens(),
                demoKeys);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaimsCustomizer(
            JdbcCitizenAccountStore accounts,
            IdentityClaims identityClaims,
            PairwiseSubjects subjects,
            AuthServerProperties properties) {
        return new TokenClaimsCustomizer(
                accounts,
                identityClaims,
                subjects,
                properties.resourceAudience().toString(),
                properties.resourceSector(),
                properties.tokens().idTokenTtl());
    }

    @Bean
    ClientAssertionDecoderFactory clientAssertionDecoderFactory(
            AuthServerProperties properties,
            AuthorizationServerSettings settings,
            JdbcAssertionJtiStore jtis,
            Clock clock) {
        String issuer = properties.issuer();
        Set<String> audiences = Set.of(issuer, issuer + settings.getTokenEndpoint());
        return new ClientAssertionDecoderFactory(audiences, MAX_ASSERTION_LIFETIME, jtis, clock, CLIENT_JWKS_TIMEOUT);
    }

    @Bean
    IssuerInAuthorizationResponse issuerInAuthorizationResponse(AuthServerProperties properties) {
        return new IssuerInAuthorizationResponse(properties.issuer());
    }

    @Bean
    RedirectUriValidator redirectUriValidator() {
        return new RedirectUriValidator();
    }

    @Bean
    CitizenUserInfoMapper citizenUserInfoMapper(
            RegisteredClientRepository clients, JdbcCitizenAccountStore accounts, IdentityClaims identityClaims) {
        return new CitizenUserInfoMapper(clients, accounts, identityClaims);
    }
}
