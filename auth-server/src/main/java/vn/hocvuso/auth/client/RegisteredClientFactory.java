package vn.hocvuso.auth.client;

import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.hocvuso.auth.token.TokenProperties;
import vn.hocvuso.keys.KeyAlgorithm;

/** Turns a client's configuration into the registered client Spring Authorization Server stores. */
final class RegisteredClientFactory {

    private final TokenProperties tokens;
    private final DemoClientKeys demoKeys;

    RegisteredClientFactory(TokenProperties tokens, DemoClientKeys demoKeys) {
        this.tokens = tokens;
        this.demoKeys = demoKeys;
    }

    /** The client, keeping {@code existingId} when it is already registered so that an update is an update. */
    RegisteredClient create(String clientId, ClientProperties client, String existingId) {
        RegisteredClient.Builder builder = RegisteredClient.withId(
                        existingId != null ? existingId : UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(client.name() != null && !client.name().isBlank() ? client.name() : clientId)
                .clientAuthenticationMethod(new ClientAuthenticationMethod(client.authenticationMethod()))
                .authorizationGrantTypes(
                        grants -> client.grantTypes().forEach(grant -> grants.add(new AuthorizationGrantType(grant))))
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(settings(clientId, client))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(tokens.accessTokenTtl())
                        .authorizationCodeTimeToLive(tokens.authorizationCodeTtl())
                        .refreshTokenTimeToLive(tokens.refreshTokenTtl())
                        // Refresh tokens rotate; reuse of an old one revokes the family (RFC 9700 §4.14.2).
                        .reuseRefreshTokens(false)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.ES256)
                        .build());
        return builder.build();
    }

    private ClientSettings settings(String clientId, ClientProperties client) {
        ClientSettings.Builder settings = ClientSettings.builder()
                // PKCE S256 for every client, confidential ones too (RFC 9700 §2.1.1).
                .requireProofKey(true)
                .requireAuthorizationConsent(client.consentRequired())
                .setting(RelyingParty.ENTITLED_TO_NATIONAL_ID, client.entitledToNationalId())
                .setting(RelyingParty.ID_TOKEN_CLAIMS, client.idTokenClaims());
        ClientRequirements.apply(settings, client);
        if (client.sector() != null) {
            settings.setting(RelyingParty.SECTOR, client.sector());
        }
        if (client.requiredAcr() != null) {
            settings.setting(RelyingParty.REQUIRED_ACR, client.requiredAcr());
        }
        if ("private_key_jwt".equals(client.authenticationMethod())) {
            settings.tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.from(client.signingAlgorithm()));
            if (client.jwkSetUrl() != null) {
                settings.jwkSetUrl(client.jwkSetUrl().toString());
            } else if (client.jwks() != null) {
                settings.setting(RelyingParty.JWKS, client.jwks());
            } else {
                settings.setting(
                        RelyingParty.JWKS, demoKeys.publicJwks(clientId, KeyAlgorithm.of(client.signingAlgorithm())));
            }
        }
        return settings.build();
    }
}
