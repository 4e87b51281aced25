package vn.hocvuso.credential.portal;

import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The portal's registration at auth-server, written out instead of discovered, so that the portal
 * starts while auth-server is down. The endpoints are Spring Authorization Server's defaults
 * below the issuer (the cross-app contract).
 */
public final class AuthServerRegistration {

    public static final String REGISTRATION_ID = "auth-server";

    private AuthServerRegistration() {}

    /**
     * @param issuer auth-server's issuer URL, without a trailing slash
     * @param baseUrl our base URL, without a trailing slash
     * @param clientId our client id there
     */
    public static ClientRegistration of(String issuer, String baseUrl, String clientId) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientName("auth-server")
                // RFC 7523 §2.2: we authenticate with a JWT signed by our own key, no shared secret.
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // RFC 9700 §2.1.1: PKCE even though we are a confidential client.
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                // An exact redirect URI (RFC 9700 §2.1), from our configured base URL, never from the request.
                .redirectUri(baseUrl + "/login/oauth2/code/" + REGISTRATION_ID)
                .scope("openid", "profile", "national_id")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .build();
    }
}
