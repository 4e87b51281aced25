package vn.hocvuso.nid.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import vn.hocvuso.nid.support.ProviderTestBase;

/** Clients come from configuration into the JDBC store, exactly as configured. */
class ClientRegistrationTest extends ProviderTestBase {

    @Autowired
    RegisteredClientRepository clients;

    @Autowired
    ClientRegistrations registrations;

    @Test
    void whenStartedThenAuthServerIsRegisteredWithPrivateKeyJwtItsJwksAndItsExactRedirectUri() {
        RegisteredClient authServer = clients.findByClientId("auth-server");

        assertThat(authServer).isNotNull();
        assertThat(authServer.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        assertThat(authServer.getClientSettings().getTokenEndpointAuthenticationSigningAlgorithm())
                .isEqualTo(SignatureAlgorithm.ES256);
        assertThat(authServer.getClientSettings().getJwkSetUrl()).isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(authServer.getRedirectUris()).containsExactly("http://localhost:9000/login/oauth2/code/national-id");
        assertThat(authServer.getScopes())
                .containsExactlyInAnyOrder("openid", "profile", "address", "email", "phone", "national_id");
        assertThat(authServer.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(authServer.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(authServer.getClientSecret()).isNull();
        assertThat(authServer.getTokenSettings().getAuthorizationCodeTimeToLive())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(authServer.getTokenSettings().getIdTokenSignatureAlgorithm()).isEqualTo(SignatureAlgorithm.ES256);
    }

    @Test
    void whenTheRegistrationRunsAgainThenEachClientKeepsItsIdAndNoneIsDuplicated() throws Exception {
        String id = clients.findByClientId("auth-server").getId();
        long before = rows("oauth2_registered_client");

        registrations.run(null);

        assertThat(clients.findByClientId("auth-server").getId()).isEqualTo(id);
        assertThat(rows("oauth2_registered_client")).isEqualTo(before).isEqualTo(3);
    }

    @Test
    void whenAClientIsNoLongerConfiguredThenItIsRemovedAtStart() throws Exception {
        RegisteredClient stale = RegisteredClient.withId("stale-client-id")
                .clientId("stale-client")
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://stale.example/callback")
                .scope("openid")
                .build();
        clients.save(stale);
        assertThat(clients.findByClientId("stale-client")).isNotNull();

        registrations.run(null);

        assertThat(clients.findByClientId("stale-client")).isNull();
        assertThat(clients.findByClientId("auth-server")).isNotNull();
    }
}
