package vn.hocvuso.auth.token;

import java.util.List;
import java.util.Map;
import vn.hocvuso.auth.authorize.RequestObjects;

/**
 * What the two metadata documents ({@code /.well-known/oauth-authorization-server}, RFC 8414, and
 * {@code /.well-known/openid-configuration}, OpenID Connect Discovery) promise, narrowed to what
 * this server actually does: code flow with PKCE S256 only, {@code private_key_jwt} or public
 * clients, ES256 tokens, pairwise subjects, and {@code iss} in authorization responses (RFC 9207 §3).
 */
public final class ServerMetadata {

    static final List<String> SCOPES = List.of(
            "openid",
            "profile",
            "address",
            "email",
            "phone",
            "national_id",
            "digital_competency_credential",
            "competency.query",
            "learning.submit");
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

    private ServerMetadata() {}

    /** For both documents. */
    public static void customize(Map<String, Object> claims) {
        claims.put("authorization_response_iss_parameter_supported", true);
        claims.put("response_types_supported", List.of("code"));
        claims.put("response_modes_supported", List.of("query"));
        claims.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        claims.put("code_challenge_methods_supported", List.of("S256"));
        claims.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "none"));
        claims.put("token_endpoint_auth_signing_alg_values_supported", List.of("ES256", "RS256"));
        claims.put("introspection_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        claims.put("revocation_endpoint_auth_methods_supported", List.of("private_key_jwt", "none"));
        claims.put("scopes_supported", SCOPES);
        claims.put("ui_locales_supported", List.of("vi", "en"));
        // Pushed requests are open to every client and required per client (RFC 9126 §5).
        claims.put("require_pushed_authorization_requests", false);
        claims.put("dpop_signing_alg_values_supported", DPoPTokenRequests.SIGNING_ALGORITHMS);
    }

    /** For the OpenID Provider configuration only. */
    public static void customizeOpenIdConfiguration(Map<String, Object> claims) {
        customize(claims);
        claims.put("subject_types_supported", List.of("pairwise"));
        claims.put("id_token_signing_alg_values_supported", List.of("ES256"));
        claims.put("acr_values_supported", List.of("urn:vn:vneid:loa:1", "urn:vn:vneid:loa:2"));
        claims.put("claims_supported", CLAIMS);
        claims.put("claims_parameter_supported", true);
        // One script and language in the registry: claims are returned untagged (OIDC Core §5.2).
        claims.put("claims_locales_supported", List.of("vi", "en"));
        // The authorization request parameters (vn.hocvuso.auth.authorize): request objects by value only;
        // request_uri is only a pushed authorization request's reference (RFC 9126).
        claims.put("request_parameter_supported", true);
        claims.put("request_uri_parameter_supported", false);
        claims.put("request_object_signing_alg_values_supported", RequestObjects.SIGNING_ALGORITHMS);
        claims.put("prompt_values_supported", List.of("none", "login", "consent", "select_account"));
    }
}
