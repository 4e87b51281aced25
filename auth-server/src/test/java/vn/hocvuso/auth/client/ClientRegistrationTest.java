package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import vn.hocvuso.auth.support.FlowTest;

/** Clients come from configuration into the database, updated in place at every start. */
class ClientRegistrationTest extends FlowTest {

    @Autowired
    ClientRegistrar registrar;

    @Autowired
    RegisteredClientRepository clients;

    @Test
    void whenTheServerStartsAgainThenEveryClientKeepsItsIdAndNoneIsDuplicated() {
        List<Map<String, Object>> before = jdbc.sql(
                        "SELECT id, client_id FROM oauth2_registered_client ORDER BY client_id")
                .query()
                .listOfRows();

        registrar.afterSingletonsInstantiated();

        assertThat(jdbc.sql("SELECT id, client_id FROM oauth2_registered_client ORDER BY client_id")
                        .query()
                        .listOfRows())
                .isEqualTo(before);
        assertThat(before)
                .extracting(row -> row.get("CLIENT_ID"))
                .contains("credential-portal", "demo-wallet", "agency-nao", "provider-demo");
    }

    @Test
    void whenTheDefaultClientsAreRegisteredThenTheyHaveTheContractSettings() {
        RegisteredClient portal = clients.findByClientId("credential-portal");
        RegisteredClient wallet = clients.findByClientId("demo-wallet");
        RegisteredClient agency = clients.findByClientId("agency-nao");

        assertThat(portal.getClientAuthenticationMethods())
                .extracting(method -> method.getValue())
                .containsExactly("private_key_jwt");
        assertThat(portal.getScopes()).containsExactlyInAnyOrder("openid", "profile", "national_id");
        assertThat(portal.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(portal.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(RelyingParty.of(portal).sector()).contains("credential-api");
        assertThat(RelyingParty.of(portal).entitledToNationalId()).isTrue();
        assertThat(wallet.getClientAuthenticationMethods())
                .extracting(method -> method.getValue())
                .containsExactly("none");
        assertThat(wallet.getClientSettings().isRequireAuthorizationConsent()).isTrue();
        assertThat(RelyingParty.of(wallet).entitledToNationalId()).isFalse();
        assertThat(agency.getAuthorizationGrantTypes())
                .extracting(grant -> grant.getValue())
                .containsExactly("client_credentials");
        assertThat(agency.getTokenSettings().getAccessTokenTimeToLive()).hasMinutes(5);
        assertThat(portal.getTokenSettings().getAuthorizationCodeTimeToLive()).hasSeconds(60);
        assertThat(portal.getTokenSettings().isReuseRefreshTokens()).isFalse();
    }

    @Test
    void whenADemoClientIsRegisteredThenItsPublicKeyIsTheOneInItsFolder() throws Exception {
        JWKSet registered = JWKSet.parse(RelyingParty.of(clients.findByClientId("agency-nao"))
                .inlineJwks()
                .orElseThrow());

        assertThat(registered.getKeys()).singleElement().satisfies(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isEqualTo(demoClientKey("agency-nao").getKeyID());
        });
        assertThat(Path.of("test-data", "auth-server", "demo-clients", "agency-nao", "keys.p12"))
                .exists();
    }
}
