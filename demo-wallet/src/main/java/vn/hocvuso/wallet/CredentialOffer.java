package vn.hocvuso.wallet;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Credential Offer (OID4VCI 1.0 §4.1.1) as the wallet understands it.
 *
 * @param credentialIssuer the issuer identifier
 * @param configurationIds the offered credential configurations
 * @param preAuthorizedCode the pre-authorized code, if the offer has that grant
 * @param txCodeRequired whether the grant asks for a transaction code
 * @param authorizationServer the authorization server named for the grant, if any
 */
public record CredentialOffer(
        String credentialIssuer,
        List<String> configurationIds,
        Optional<String> preAuthorizedCode,
        boolean txCodeRequired,
        Optional<String> authorizationServer) {

    public static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    public CredentialOffer {
        Objects.requireNonNull(credentialIssuer, "credentialIssuer");
        configurationIds = List.copyOf(configurationIds);
    }

    /** Reads an offer object (the JSON behind {@code credential_offer} or {@code credential_offer_uri}). */
    @SuppressWarnings("unchecked")
    public static CredentialOffer fromJson(Map<String, Object> json) {
        Object issuer = json.get("credential_issuer");
        Object ids = json.get("credential_configuration_ids");
        if (!(issuer instanceof String) || !(ids instanceof List<?>)) {
            throw new WalletException("not a credential offer: " + json);
        }
        Map<String, Object> grants = (Map<String, Object>) json.getOrDefault("grants", Map.of());
        Map<String, Object> preAuthorized = (Map<String, Object>) grants.get(PRE_AUTHORIZED_GRANT);
        return new CredentialOffer(
                (String) issuer,
                ((List<Object>) ids).stream().map(String::valueOf).toList(),
                Optional.ofNullable(preAuthorized).map(grant -> (String) grant.get("pre-authorized_code")),
                preAuthorized != null && preAuthorized.get("tx_code") != null,
                Optional.ofNullable(preAuthorized).map(grant -> (String) grant.get("authorization_server")));
    }

    /** The query parameters of an {@code openid-credential-offer://} link (or any URI with them). */
    static Map<String, String> query(String link) {
        String query = URI.create(link).getRawQuery();
        if (query == null) {
            throw new WalletException("the offer link has no query: " + link);
        }
        java.util.LinkedHashMap<String, String> parameters = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new WalletException("the credential offer is not JSON", e);
        }
    }
}
