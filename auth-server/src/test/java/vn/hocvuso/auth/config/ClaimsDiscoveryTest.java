package vn.hocvuso.auth.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/** What the OpenID configuration promises about scopes and claims (OIDC Core §5, Discovery §3). */
class ClaimsDiscoveryTest extends FlowTest {

    @Test
    @SuppressWarnings("unchecked")
    void whenTheOpenIdConfigurationIsReadThenItPromisesTheStandardScopesTheClaimsParameterAndClaimsLocales() {
        String answer = TestClient.bearerGet(SERVER + "/.well-known/openid-configuration", "unused");
        Map<String, Object> metadata = JsonMapper.builder()
                .build()
                .readValue(answer.substring(4), new TypeReference<Map<String, Object>>() {});

        assertThat((List<Object>) metadata.get("scopes_supported"))
                .contains("openid", "profile", "email", "address", "phone");
        assertThat((List<Object>) metadata.get("claims_supported"))
                .contains("email", "email_verified", "phone_number", "phone_number_verified", "address", "name");
        assertThat(metadata).containsEntry("claims_parameter_supported", true);
        assertThat(metadata).containsEntry("claims_locales_supported", List.of("vi", "en"));
        assertThat(metadata).containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "none"));
    }
}
