package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientPolicyTest {

    private static ClientProperties confidential(Set<String> scopes, boolean entitled) {
        return new ClientProperties(
                "RP",
                Set.of("authorization_code"),
                "private_key_jwt",
                URI.create("https://rp.example/jwks"),
                null,
                false,
                "ES256",
                List.of("https://rp.example/callback"),
                List.of(),
                scopes,
                entitled,
                "rp",
                null,
                true,
                false,
                false,
                false);
    }

    @Test
    void whenTheDefaultShapesAreUsedThenThereIsNoProblem() {
        assertThat(ClientPolicy.problems("rp", confidential(Set.of("openid", "national_id"), true)))
                .isEmpty();
    }

    @Test
    void whenAClientIsNotEntitledButAsksForTheIdNumberThenTheConfigurationIsRefused() {
        assertThat(ClientPolicy.problems("rp", confidential(Set.of("openid", "national_id"), false)))
                .containsExactly("the national_id scope needs entitled-to-national-id: true");
    }

    @Test
    void whenAPublicClientHasAKeyOrAnotherGrantThenTheConfigurationIsRefused() {
        ClientProperties client = new ClientProperties(
                "Wallet",
                Set.of("authorization_code", "refresh_token"),
                "none",
                URI.create("https://x/jwks"),
                null,
                false,
                "ES256",
                List.of("http://127.0.0.1/callback"),
                List.of(),
                Set.of("openid"),
                false,
                "w",
                null,
                true,
                false,
                false,
                false);

        assertThat(ClientPolicy.problems("wallet", client))
                .contains(
                        "a public client (none) has no keys: remove jwk-set-url, jwks and demo-key",
                        "a public client (none) may only use authorization_code");
    }

    @Test
    void whenAConfidentialClientHasNoOrTwoKeySourcesThenTheConfigurationIsRefused() {
        ClientProperties none = new ClientProperties(
                "RP",
                Set.of("client_credentials"),
                "private_key_jwt",
                null,
                null,
                false,
                "ES256",
                List.of(),
                List.of(),
                Set.of("competency.query"),
                false,
                null,
                null,
                false,
                false,
                false,
                false);
        ClientProperties two = new ClientProperties(
                "RP",
                Set.of("client_credentials"),
                "private_key_jwt",
                URI.create("https://x/jwks"),
                null,
                true,
                "ES256",
                List.of(),
                List.of(),
                Set.of("competency.query"),
                false,
                null,
                null,
                false,
                false,
                false,
                false);

        assertThat(ClientPolicy.problems("rp", none))
                .contains("a private_key_jwt client needs exactly one of jwk-set-url, jwks or demo-key");
        assertThat(ClientPolicy.problems("rp", two))
                .contains("a private_key_jwt client needs exactly one of jwk-set-url, jwks or demo-key");
    }

    @Test
    void whenTheInlineKeysArePrivateOrUnreadableThenTheConfigurationIsRefused() throws Exception {
        String privateJwks =
                new com.nimbusds.jose.jwk.JWKSet(vn.hocvuso.auth.support.FakeUpstream.generate()).toString(false);
        ClientProperties leaked = new ClientProperties(
                "RP",
                Set.of("client_credentials"),
                "private_key_jwt",
                null,
                privateJwks,
                false,
                "ES256",
                List.of(),
                List.of(),
                Set.of("competency.query"),
                false,
                null,
                null,
                false,
                false,
                false,
                false);
        ClientProperties garbage = new ClientProperties(
                "RP",
                Set.of("client_credentials"),
                "private_key_jwt",
                null,
                "{not json",
                false,
                "ES256",
                List.of(),
                List.of(),
                Set.of("competency.query"),
                false,
                null,
                null,
                false,
                false,
                false,
                false);

        assertThat(ClientPolicy.problems("rp", leaked)).contains("jwks must hold public keys only");
        assertThat(ClientPolicy.problems("rp", garbage))
                .anyMatch(problem -> problem.startsWith("jwks is not a JWK set"));
    }

    @Test
    void whenTheAlgorithmGrantOrLevelIsUnknownThenTheConfigurationIsRefused() {
        ClientProperties client = new ClientProperties(
                "RP",
                Set.of("password"),
                "client_secret_basic",
                null,
                null,
                false,
                "HS256",
                List.of(),
                List.of(),
                Set.of(),
                false,
                null,
                "urn:other:loa:9",
                true,
                false,
                false,
                false);

        assertThat(ClientPolicy.problems("RP!", client))
                .contains(
                        "client id must match " + ClientPolicy.CLIENT_ID_PATTERN,
                        "unsupported grant type 'password'; use " + ClientPolicy.GRANT_TYPES,
                        "scopes must not be empty",
                        "required-acr must be one of the upstream's levels, not 'urn:other:loa:9'");
        assertThat(ClientPolicy.problems("rp", client))
                .anyMatch(problem -> problem.startsWith("authentication-method must be one of"));
    }

    @Test
    void whenAMachineClientAsksForIdentityScopesOrRedirectsThenTheConfigurationIsRefused() {
        ClientProperties client = new ClientProperties(
                "Agency",
                Set.of("client_credentials"),
                "private_key_jwt",
                null,
                null,
                true,
                "ES256",
                List.of("https://agency.example/cb"),
                List.of(),
                Set.of("openid", "national_id"),
                true,
                null,
                null,
                false,
                false,
                false,
                false);

        assertThat(ClientPolicy.problems("agency", client))
                .contains("redirect-uris are only for authorization_code clients")
                .anyMatch(problem -> problem.startsWith("a client_credentials client acts for itself"));
    }

    @Test
    void whenAUserFacingClientHasNoSectorOrABadRedirectThenTheConfigurationIsRefused() {
        ClientProperties client = new ClientProperties(
                "RP",
                Set.of("authorization_code"),
                "none",
                null,
                null,
                false,
                "ES256",
                List.of("/relative", "https://rp.example/cb#fragment"),
                List.of(),
                Set.of("openid"),
                false,
                null,
                null,
                true,
                false,
                false,
                false);

        assertThat(ClientPolicy.problems("rp", client))
                .contains(
                        "an authorization_code client needs a pairwise sector",
                        "redirect URI '/relative' must be absolute, with a host and no fragment",
                        "redirect URI 'https://rp.example/cb#fragment' must be absolute, with a host and no fragment");
    }

    @Test
    void whenAWalletRequiresPushedRequestsAndDPoPThenThereIsNoProblem() {
        ClientProperties wallet = new ClientProperties(
                "Wallet",
                Set.of("authorization_code", "refresh_token"),
                "private_key_jwt",
                null,
                null,
                true,
                "ES256",
                List.of("http://127.0.0.1/callback"),
                List.of(),
                Set.of("openid"),
                false,
                "wallet",
                null,
                true,
                true,
                true,
                false);

        assertThat(ClientPolicy.problems("wallet", wallet)).isEmpty();
    }

    @Test
    void whenAMachineClientRequiresPushedRequestsOrDPoPThenTheConfigurationIsRefused() {
        ClientProperties agency = new ClientProperties(
                "Agency",
                Set.of("client_credentials"),
                "private_key_jwt",
                null,
                null,
                true,
                "ES256",
                List.of(),
                List.of(),
                Set.of("competency.query"),
                false,
                null,
                null,
                false,
                true,
                true,
                false);

        assertThat(ClientPolicy.problems("agency", agency))
                .containsExactly(
                        "require-pushed-authorization-requests is for authorization_code clients",
                        "require-dpop is for authorization_code clients");
    }
}
