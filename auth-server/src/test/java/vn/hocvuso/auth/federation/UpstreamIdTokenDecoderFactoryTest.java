package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FakeUpstream;

/** RS256 upstream ID tokens are accepted only when an operator lists RS256; ES256 always. */
class UpstreamIdTokenDecoderFactoryTest {

    private static final FakeUpstream UPSTREAM = FakeUpstream.shared();
    private static RSAKey rsa;

    @BeforeAll
    static void publishBothKeys() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-upstream").generate();
        UPSTREAM.reset();
        UPSTREAM.stubJwks(new JWKSet(List.<JWK>of(UPSTREAM.signingKey().toPublicJWK(), rsa.toPublicJWK())).toString());
    }

    private static UpstreamProperties properties(Set<String> algorithms) {
        return new UpstreamProperties(
                URI.create(UPSTREAM.issuer()),
                FakeUpstream.CLIENT_ID,
                List.of("openid"),
                algorithms,
                Duration.ofSeconds(4),
                Duration.ofSeconds(4),
                Duration.ZERO,
                Duration.ZERO,
                Duration.ofSeconds(60),
                Duration.ofMinutes(10));
    }

    private static ClientRegistration registration(String id) {
        return ClientRegistration.withRegistrationId(id)
                .clientId(FakeUpstream.CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/cb")
                .authorizationUri(UPSTREAM.issuer() + "/authorize")
                .tokenUri(UPSTREAM.issuer() + "/token")
                .jwkSetUri(UPSTREAM.issuer() + "/jwks")
                .issuerUri(UPSTREAM.issuer())
                .build();
    }

    private static JWTClaimsSet claims(String acr) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(UPSTREAM.issuer())
                .subject("someone")
                .audience(FakeUpstream.CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("auth_time", now.getEpochSecond())
                .claim("acr", acr)
                .build();
    }

    private static String rs256(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(rsa));
        return jwt.serialize();
    }

    private static UpstreamIdTokenDecoderFactory factory(Set<String> algorithms) {
        return new UpstreamIdTokenDecoderFactory(
                properties(algorithms), new UpstreamHttp(properties(algorithms)), Clock.systemUTC());
    }

    @Test
    void whenOnlyEs256IsAllowedThenAnRs256TokenIsRefusedAndAnEs256OneAccepted() throws Exception {
        UpstreamIdTokenDecoderFactory factory = factory(Set.of("ES256"));

        assertThatThrownBy(() -> factory.createDecoder(registration(NationalIdClientRegistrations.ANY_LEVEL))
                        .decode(rs256(claims(Citizen.LEVEL_1))))
                .isInstanceOf(JwtException.class);
        Jwt accepted = factory.createDecoder(registration(NationalIdClientRegistrations.ANY_LEVEL))
                .decode(FakeUpstream.sign(claims(Citizen.LEVEL_1), UPSTREAM.signingKey()));
        assertThat(accepted.getSubject()).isEqualTo("someone");
    }

    @Test
    void whenAnOperatorAllowsRs256ThenAnRs256TokenIsAccepted() throws Exception {
        Jwt accepted = factory(Set.of("ES256", "RS256"))
                .createDecoder(registration(NationalIdClientRegistrations.ANY_LEVEL))
                .decode(rs256(claims(Citizen.LEVEL_1)));

        assertThat(accepted.getClaimAsString("acr")).isEqualTo(Citizen.LEVEL_1);
    }

    @Test
    void whenTheLevel2RegistrationReadsALevel1TokenThenItRefusesIt() {
        assertThatThrownBy(() -> factory(Set.of("ES256"))
                        .createDecoder(registration(NationalIdClientRegistrations.LEVEL_2))
                        .decode(FakeUpstream.sign(claims(Citizen.LEVEL_1), UPSTREAM.signingKey())))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("assurance level");
    }

    @Test
    void whenAnAlgorithmOutsideTheAllowListIsConfiguredThenTheSettingsAreRefused() {
        assertThatThrownBy(() -> properties(Set.of("ES256", "HS256")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auth.upstream.signing-algorithms");
    }
}
