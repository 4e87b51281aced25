package vn.hocvuso.nid.oidc;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import vn.hocvuso.nid.citizen.AssuranceLevel;

/**
 * What the discovery documents advertise, narrowed to what this provider actually accepts: the
 * authorization code flow with PKCE S256, {@code private_key_jwt} with ES256, ES256 ID tokens, the
 * six scopes, the two {@code acr} values, and {@code iss} in authorization responses (RFC 9207 §3).
 * (The two builders share no accessible supertype, hence the two similar methods.)
 */
public final class ProviderMetadata {

    static final List<String> SCOPES = List.of("openid", "profile", "address", "email", "phone", "national_id");
    static final List<String> CLAIMS = List.of(
            "sub",
            "iss",
            "aud",
            "exp",
            "iat",
            "auth_time",
            "nonce",
            "acr",
            "amr",
            "azp",
            "sid",
            "name",
            "given_name",
            "family_name",
            "birthdate",
            "gender",
            "address",
            "email",
            "email_verified",
            "phone_number",
            "phone_number_verified",
            "national_id");
    static final String ISS_PARAMETER_SUPPORTED = "authorization_response_iss_parameter_supported";

    private ProviderMetadata() {}

    /** For {@code /.well-known/openid-configuration} (OpenID Connect Discovery 1.0 §3). */
    public static Consumer<OidcProviderConfiguration.Builder> openIdConfiguration() {
        return builder -> builder.scopes(only(SCOPES))
                .grantTypes(only(List.of("authorization_code")))
                .responseTypes(only(List.of("code")))
                .codeChallengeMethods(only(List.of("S256")))
                .tokenEndpointAuthenticationMethods(only(List.of("private_key_jwt")))
                .tokenIntrospectionEndpointAuthenticationMethods(only(List.of("private_key_jwt")))
                .tokenRevocationEndpointAuthenticationMethods(only(List.of("private_key_jwt")))
                .tlsClientCertificateBoundAccessTokens(false)
                .dPoPSigningAlgorithms(only(List.of("ES256")))
                .idTokenSigningAlgorithms(only(List.of("ES256")))
                .subjectTypes(only(List.of("public")))
                .claim("token_endpoint_auth_signing_alg_values_supported", List.of("ES256"))
                .claim("response_modes_supported", List.of("query"))
                .claim("claims_supported", CLAIMS)
                .claim("acr_values_supported", List.of(AssuranceLevel.LEVEL_1.acr(), AssuranceLevel.LEVEL_2.acr()))
                .claim("claims_parameter_supported", false)
                .claim("request_parameter_supported", false)
                .claim("request_uri_parameter_supported", false)
                .claim(ISS_PARAMETER_SUPPORTED, true);
    }

    /** For {@code /.well-known/oauth-authorization-server} (RFC 8414 §2). */
    public static Consumer<OAuth2AuthorizationServerMetadata.Builder> authorizationServerMetadata() {
        return builder -> builder.scopes(only(SCOPES))
                .grantTypes(only(List.of("authorization_code")))
                .responseTypes(only(List.of("code")))
                .codeChallengeMethods(only(List.of("S256")))
                .tokenEndpointAuthenticationMethods(only(List.of("private_key_jwt")))
                .tokenIntrospectionEndpointAuthenticationMethods(only(List.of("private_key_jwt")))
                .tokenRevocationEndpointAuthenticationMethods(only(List.of("private_key_jwt")))
                .tlsClientCertificateBoundAccessTokens(false)
                .dPoPSigningAlgorithms(only(List.of("ES256")))
                .claim("token_endpoint_auth_signing_alg_values_supported", List.of("ES256"))
                .claim("response_modes_supported", List.of("query"))
                .claim(ISS_PARAMETER_SUPPORTED, true);
    }

    private static Consumer<List<String>> only(List<String> values) {
        return list -> {
            list.clear();
            list.addAll(values);
        };
    }
}
