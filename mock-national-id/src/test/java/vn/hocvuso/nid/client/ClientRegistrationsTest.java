package vn.hocvuso.nid.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.nid.oidc.TokenProperties;

/** A client configured wrongly stops the start, with the setting named. */
class ClientRegistrationsTest {

    private static final TokenProperties TOKENS = new TokenProperties(
            Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5));
    private static final URI JWKS = URI.create("https://rp.example/jwks.json");
    private static final Set<String> SCOPES = Set.of("openid");

    static List<Arguments> misconfigurations() {
        return List.of(
                Arguments.of(
                        client("rp", "/callback", JWKS, SCOPES),
                        "nid.clients[rp].redirect-uris: /callback must be an absolute http(s) URI without a fragment"),
                Arguments.of(
                        client("rp", "https://rp.example/cb#x", JWKS, SCOPES),
                        "nid.clients[rp].redirect-uris: https://rp.example/cb#x must be an absolute http(s) URI"
                                + " without a fragment"),
                Arguments.of(
                        client("rp", "ftp://rp.example/cb", JWKS, SCOPES),
                        "nid.clients[rp].redirect-uris: ftp://rp.example/cb must be an absolute http(s) URI"
                                + " without a fragment"),
                Arguments.of(
                        client("rp", "https://rp.example/cb", URI.create("jwks.json"), SCOPES),
                        "nid.clients[rp].jwk-set-url: jwks.json must be an absolute http(s) URL"),
                Arguments.of(
                        client("rp", "https://rp.example/cb", JWKS, Set.of("openid", "offline_access")),
                        "must be among"),
                Arguments.of(
                        client("rp", "https://rp.example/cb", JWKS, Set.of("profile")),
                        "nid.clients[rp].scopes must include openid"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("misconfigurations")
    void whenAClientIsMisconfiguredThenTheStartFailsNamingTheSetting(ConfiguredClient client, String message) {
        assertThatThrownBy(() -> new ClientRegistrations(List.of(client), TOKENS, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void whenTwoClientsShareAnIdThenTheStartFails() {
        ConfiguredClient client = client("rp", "https://rp.example/cb", JWKS, SCOPES);

        assertThatThrownBy(() -> new ClientRegistrations(List.of(client, client), TOKENS, null, null))
                .hasMessage("nid.clients: a client id appears twice");
    }

    private static ConfiguredClient client(String id, String redirectUri, URI jwks, Set<String> scopes) {
        return new ConfiguredClient(id, null, List.of(URI.create(redirectUri)), jwks, scopes);
    }
}
