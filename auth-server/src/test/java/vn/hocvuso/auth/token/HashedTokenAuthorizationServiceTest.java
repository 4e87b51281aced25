package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class HashedTokenAuthorizationServiceTest {

    private static final Instant NOW = Instant.now();
    private static final RegisteredClient CLIENT = RegisteredClient.withId("client-1")
            .clientId("rp")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("https://rp.example/cb")
            .build();

    private final InMemoryOAuth2AuthorizationService stored = new InMemoryOAuth2AuthorizationService();
    private final HashedTokenAuthorizationService service = new HashedTokenAuthorizationService(stored);

    private OAuth2Authorization authorization() {
        Map<String, Object> idClaims = new HashMap<>();
        idClaims.put("sub", "pairwise");
        idClaims.put("aud", "rp");
        idClaims.put("national_id", "001089000001");
        idClaims.put("name", "Nguyễn Văn An");
        return OAuth2Authorization.withRegisteredClient(CLIENT)
                .id("authorization-1")
                .principalName("account-1")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .token(new OAuth2AuthorizationCode("code-value", NOW, NOW.plusSeconds(60)))
                .accessToken(new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER,
                        "access-value",
                        NOW,
                        NOW.plusSeconds(300),
                        Set.of("openid")))
                .refreshToken(new OAuth2RefreshToken("refresh-value", NOW, NOW.plusSeconds(3600)))
                .token(new OidcIdToken("id-token-value", NOW, NOW.plusSeconds(300), idClaims))
                .build();
    }

    @Test
    void whenAnAuthorizationIsSavedThenNoTokenValueAndNoPersonalClaimIsStored() {
        service.save(authorization());

        OAuth2Authorization raw = stored.findById("authorization-1");
        assertThat(raw.getToken(OAuth2AuthorizationCode.class).getToken().getTokenValue())
                .isEqualTo(TokenHash.of("code-value"))
                .startsWith("sha256:");
        assertThat(raw.getAccessToken().getToken().getTokenValue()).isEqualTo(TokenHash.of("access-value"));
        assertThat(raw.getRefreshToken().getToken().getTokenValue()).isEqualTo(TokenHash.of("refresh-value"));
        OidcIdToken idToken = raw.getToken(OidcIdToken.class).getToken();
        assertThat(idToken.getTokenValue()).isEqualTo(TokenHash.of("id-token-value"));
        assertThat(idToken.getClaims()).containsOnlyKeys("sub", "aud");
        assertThat(raw.getToken(OidcIdToken.class).getClaims()).doesNotContainKeys("national_id", "name");
    }

    @Test
    void whenATokenIsLookedUpThenTheAuthorizationCarriesThePresentedValue() {
        service.save(authorization());

        OAuth2Authorization found = service.findByToken("refresh-value", OAuth2TokenType.REFRESH_TOKEN);

        assertThat(found).isNotNull();
        assertThat(found.getRefreshToken().getToken().getTokenValue()).isEqualTo("refresh-value");
        assertThat(found.getToken("refresh-value")).isNotNull();
        assertThat(service.findByToken("refresh-value", null)).isNotNull();
        assertThat(service.findByToken("not-a-token", OAuth2TokenType.REFRESH_TOKEN))
                .isNull();
    }

    @Test
    void whenAFoundAuthorizationIsSavedAgainThenItsValuesAreNotHashedTwice() {
        service.save(authorization());
        OAuth2Authorization found = service.findByToken("access-value", OAuth2TokenType.ACCESS_TOKEN);

        service.save(found);

        assertThat(service.findByToken("access-value", OAuth2TokenType.ACCESS_TOKEN))
                .isNotNull();
        assertThat(service.findByToken("code-value", new OAuth2TokenType("code")))
                .isNotNull();
    }
}
