package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class PersonalDataFreeAuthorizationsTest {

    private final InMemoryOAuth2AuthorizationService stored = new InMemoryOAuth2AuthorizationService();
    private final PersonalDataFreeAuthorizations service = new PersonalDataFreeAuthorizations(stored);

    @Test
    void whenAnAuthorizationWithAnIdTokenIsSavedThenOnlyItsDigestAndProtocolClaimsAreStored() {
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", "http://localhost:7000");
        claims.put("sub", "opaque-subject");
        claims.put("aud", List.of("test-rp"));
        claims.put("sid", "session");
        claims.put("national_id", "001089000001");
        claims.put("name", "Nguyễn Văn An");
        OidcIdToken idToken = new OidcIdToken("header.payload.signature", now, now.plusSeconds(300), claims);
        RegisteredClient client = RegisteredClient.withId("id")
                .clientId("test-rp")
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://rp.example/cb")
                .scope("openid")
                .build();
        OAuth2Authorization authorization = OAuth2Authorization.withRegisteredClient(client)
                .id("authorization-1")
                .principalName("opaque-subject")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .token(idToken, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims))
                .build();

        service.save(authorization);

        OAuth2Authorization.Token<OidcIdToken> kept =
                stored.findById("authorization-1").getToken(OidcIdToken.class);
        assertThat(kept.getToken().getTokenValue()).startsWith("sha256:").doesNotContain("payload");
        assertThat(kept.getToken().getClaims())
                .containsKeys("iss", "sub", "aud", "sid")
                .doesNotContainKeys("national_id", "name");
        assertThat(kept.getClaims()).doesNotContainKeys("national_id", "name");
        assertThat(service.findByToken("header.payload.signature", new OAuth2TokenType(OidcParameterNames.ID_TOKEN)))
                .as("found again by the token the client holds")
                .isNotNull();
        assertThat(service.findByToken("header.payload.signature", null)).isNotNull();
        assertThat(service.findByToken("another.token.value", null)).isNull();
    }
}
