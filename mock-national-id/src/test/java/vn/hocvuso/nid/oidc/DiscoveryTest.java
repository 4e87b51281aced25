package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;

/** The discovery documents advertise what the provider does, and only that. */
class DiscoveryTest extends ProviderTestBase {

    @Test
    void whenTheOpenIdConfigurationIsReadThenItAdvertisesTheContract() {
        Map<String, Object> configuration =
                json(Http.get(endpoint("/.well-known/openid-configuration")).body());

        assertThat(configuration)
                .containsEntry("issuer", issuer())
                .containsEntry("authorization_endpoint", issuer() + "/oauth2/authorize")
                .containsEntry("token_endpoint", issuer() + "/oauth2/token")
                .containsEntry("jwks_uri", issuer() + "/oauth2/jwks")
                .containsEntry("userinfo_endpoint", issuer() + "/userinfo")
                .containsEntry("authorization_response_iss_parameter_supported", true)
                .containsEntry("id_token_signing_alg_values_supported", List.of("ES256"))
                .containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt"))
                .containsEntry("token_endpoint_auth_signing_alg_values_supported", List.of("ES256"))
                .containsEntry("code_challenge_methods_supported", List.of("S256"))
                .containsEntry("response_types_supported", List.of("code"))
                .containsEntry("acr_values_supported", List.of("urn:vn:vneid:loa:1", "urn:vn:vneid:loa:2"))
                .containsEntry(
                        "scopes_supported", List.of("openid", "profile", "address", "email", "phone", "national_id"));
        assertThat(String.valueOf(configuration.get("claims_supported")))
                .contains("national_id", "acr", "amr", "auth_time");
    }

    @Test
    void whenTheAuthorizationServerMetadataIsReadThenItAlsoAdvertisesTheIssuerParameter() {
        Map<String, Object> metadata = json(
                Http.get(endpoint("/.well-known/oauth-authorization-server")).body());

        assertThat(metadata)
                .containsEntry("issuer", issuer())
                .containsEntry("authorization_response_iss_parameter_supported", true)
                .containsEntry("code_challenge_methods_supported", List.of("S256"))
                .containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
    }

    @Test
    void whenTheJwkSetIsReadThenItHoldsPublicEs256KeysWithKeyIdsOnly() {
        Map<String, Object> jwks = json(Http.get(endpoint("/oauth2/jwks")).body());

        assertThat((List<?>) jwks.get("keys")).isNotEmpty().allSatisfy(key -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> jwk = (Map<String, Object>) key;
            assertThat(jwk)
                    .containsEntry("kty", "EC")
                    .containsEntry("crv", "P-256")
                    .containsKey("kid");
            assertThat(jwk).doesNotContainKey("d");
        });
    }
}
