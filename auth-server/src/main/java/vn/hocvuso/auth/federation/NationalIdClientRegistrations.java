package vn.hocvuso.auth.federation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Our registration at the national identity provider, in two variants that differ only in what
 * they demand of the login: {@value #ANY_LEVEL} accepts any allow-listed assurance level,
 * {@value #LEVEL_2} asks for level 2 with {@code acr_values} and refuses anything less. Both use
 * the one redirect URI registered upstream, so the variant a login used is known from the stored
 * authorization request, not from the URL.
 */
public final class NationalIdClientRegistrations implements ClientRegistrationRepository {

    public static final String ANY_LEVEL = "national-id";
    public static final String LEVEL_2 = "national-id-level2";
    public static final String CALLBACK_PATH = "/login/oauth2/code/national-id";

    private final UpstreamProperties properties;
    private final UpstreamMetadata metadata;
    private final String redirectUri;

    public NationalIdClientRegistrations(UpstreamProperties properties, UpstreamMetadata metadata, String baseUrl) {
        this.properties = properties;
        this.metadata = metadata;
        this.redirectUri = baseUrl + CALLBACK_PATH;
    }

    /** The assurance level a registration demands, if any. */
    public static Optional<AssuranceLevel> requiredLevel(ClientRegistration registration) {
        return LEVEL_2.equals(registration.getRegistrationId())
                ? Optional.of(AssuranceLevel.LEVEL_2)
                : Optional.empty();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ANY_LEVEL.equals(registrationId) && !LEVEL_2.equals(registrationId)) {
            return null;
        }
        UpstreamMetadata.Document upstream = metadata.current();
        Map<String, Object> configuration = new LinkedHashMap<>(upstream.raw());
        return ClientRegistration.withRegistrationId(registrationId)
                .clientName("VNeID")
                .clientId(properties.clientId())
                // Our client assertions are signed with our active key, published at our JWK set.
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(properties.scopes())
                .authorizationUri(upstream.authorizationEndpoint().toString())
                .tokenUri(upstream.tokenEndpoint().toString())
                .jwkSetUri(upstream.jwksUri().toString())
                .userInfoUri(upstream.userInfoEndpoint().toString())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(upstream.issuer())
                .providerConfigurationMetadata(configuration)
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
    }
}
