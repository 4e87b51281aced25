package vn.hocvuso.auth.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.ServiceKeys;

/** The metadata documents promise what the server does, and the JWK set follows key rotation. */
class DiscoveryTest extends FlowTest {

    private static Map<String, Object> document(String path) {
        String body = RestClient.create(SERVER).get().uri(path).retrieve().body(String.class);
        return JsonMapper.builder().build().readValue(body, new TypeReference<Map<String, Object>>() {});
    }

    @Test
    void whenTheOpenIdConfigurationIsReadThenItDescribesThisServerExactly() {
        Map<String, Object> metadata = document("/.well-known/openid-configuration");

        assertThat(metadata).containsEntry("issuer", SERVER);
        assertThat(metadata).containsEntry("authorization_endpoint", SERVER + "/oauth2/authorize");
        assertThat(metadata).containsEntry("token_endpoint", SERVER + "/oauth2/token");
        assertThat(metadata).containsEntry("jwks_uri", SERVER + "/oauth2/jwks");
        assertThat(metadata).containsEntry("userinfo_endpoint", SERVER + "/userinfo");
        assertThat(metadata).containsEntry("end_session_endpoint", SERVER + "/connect/logout");
        assertThat(metadata).containsEntry("introspection_endpoint", SERVER + "/oauth2/introspect");
        assertThat(metadata).containsEntry("revocation_endpoint", SERVER + "/oauth2/revoke");
        assertThat(metadata).containsEntry("authorization_response_iss_parameter_supported", true);
        assertThat(metadata).containsEntry("code_challenge_methods_supported", List.of("S256"));
        assertThat(metadata).containsEntry("response_types_supported", List.of("code"));
        assertThat(metadata).containsEntry("subject_types_supported", List.of("pairwise"));
        assertThat(metadata).containsEntry("id_token_signing_alg_values_supported", List.of("ES256"));
        assertThat(metadata).containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "none"));
        assertThat(metadata)
                .containsEntry(
                        "grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        assertThat(metadata).containsEntry("acr_values_supported", List.of("urn:vn:vneid:loa:1", "urn:vn:vneid:loa:2"));
    }

    @Test
    void whenTheAuthorizationServerMetadataIsReadThenItAlsoPromisesIssInResponses() {
        Map<String, Object> metadata = document("/.well-known/oauth-authorization-server");

        assertThat(metadata).containsEntry("issuer", SERVER);
        assertThat(metadata).containsEntry("authorization_response_iss_parameter_supported", true);
        assertThat(metadata).containsEntry("code_challenge_methods_supported", List.of("S256"));
        assertThat(metadata).containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "none"));
    }

    @Test
    void whenTheKeysAreRotatedThenTheNewKeySignsAndTheOldOneStillVerifies() throws Exception {
        JWKSet before = JWKSet.load(URI.create(SERVER + "/oauth2/jwks").toURL());
        assertThat(before.getKeys()).allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        });
        String oldToken =
                agency().token(Map.of("grant_type", "client_credentials")).get("access_token");
        String oldKid = SignedJWT.parse(oldToken).getHeader().getKeyID();

        ServiceKeys keys = ServiceKeys.open(
                Path.of("test-data", "auth-server"),
                "auth-server",
                "AUTH_KEYSTORE_PASSWORD",
                System.getenv(),
                Clock.systemUTC());
        String newKid =
                keys.rotate(KeyAlgorithm.ES256, Duration.ofHours(1)).active().kid();

        JWKSet after = awaitKey(newKid);
        assertThat(after.getKeys().stream().map(JWK::getKeyID)).contains(newKid, oldKid);
        String newToken = awaitSignedBy(newKid);
        assertThat(SignedJWT.parse(newToken).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(agency().introspect(oldToken).json()).containsEntry("active", true);
    }

    private static JWKSet awaitKey(String kid) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JWKSet set = JWKSet.load(URI.create(SERVER + "/oauth2/jwks").toURL());
            if (set.getKeyByKeyId(kid) != null) {
                return set;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the rotated key " + kid + " was never published");
    }

    private static String awaitSignedBy(String kid) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            TestClient.TokenResponse response = agency().token(Map.of("grant_type", "client_credentials"));
            String token = response.get("access_token");
            if (token != null && kid.equals(SignedJWT.parse(token).getHeader().getKeyID())) {
                return token;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no token was ever signed with " + kid);
    }
}
