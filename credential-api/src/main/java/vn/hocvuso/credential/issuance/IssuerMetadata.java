package vn.hocvuso.credential.issuance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.credential.issuer.IssuerUrls;

/**
 * The documents that describe this issuer and its credential: OID4VCI 1.0 Credential Issuer
 * Metadata (§12.2) and SD-JWT VC Type Metadata (draft-ietf-oauth-sd-jwt-vc §6).
 */
@Component
public class IssuerMetadata {

    static final String BACKGROUND = "#0B4F8A";
    static final String TEXT = "#FFFFFF";

    private final IssuerUrls urls;
    private final String authServer;
    private final IssuanceProperties properties;
    private final CredentialRequestDecryption requestDecryption;

    public IssuerMetadata(
            IssuerUrls urls,
            CredentialApiProperties app,
            IssuanceProperties properties,
            CredentialRequestDecryption requestDecryption) {
        this.urls = urls;
        this.authServer = app.authServerUrl().toString().replaceAll("/+$", "");
        this.properties = properties;
        this.requestDecryption = requestDecryption;
    }

    /** OID4VCI 1.0 §12.2.4. */
    public Map<String, Object> credentialIssuer() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("credential_issuer", urls.issuer());
        // auth-server for the authorization code flow; this service itself for the pre-authorized code flow.
        metadata.put("authorization_servers", List.of(authServer, urls.issuer()));
        metadata.put("credential_endpoint", urls.credentialEndpoint());
        metadata.put("nonce_endpoint", urls.nonceEndpoint());
        metadata.put("credential_request_encryption", requestDecryption.metadata());
        metadata.put("credential_response_encryption", CredentialResponseEncryption.metadata());
        metadata.put("batch_credential_issuance", Map.of("batch_size", properties.batchSize()));
        metadata.put(
                "display",
                List.of(
                        Map.of("name", "Nền tảng chứng chỉ năng lực số", "locale", "vi"),
                        Map.of("name", "Digital competency credentials", "locale", "en")));
        metadata.put(
                "credential_configurations_supported",
                Map.of(DigitalCompetencyCredential.CONFIGURATION_ID, configuration()));
        return metadata;
    }

    private Map<String, Object> configuration() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("format", DigitalCompetencyCredential.FORMAT);
        configuration.put("scope", DigitalCompetencyCredential.SCOPE);
        configuration.put("vct", urls.vct());
        configuration.put("cryptographic_binding_methods_supported", List.of("jwk"));
        configuration.put("credential_signing_alg_values_supported", List.of("ES256"));
        configuration.put(
                "proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported", List.of("ES256"))));
        Map<String, Object> credentialMetadata = new LinkedHashMap<>();
        credentialMetadata.put(
                "display",
                List.of(
                        display("vi", "Chứng chỉ năng lực số", "Chứng nhận hoàn thành chương trình Bình dân học vụ số"),
                        display(
                                "en",
                                "Digital competency certificate",
                                "Certifies completion of a Digital literacy for all programme")));
        credentialMetadata.put(
                "claims",
                ClaimCatalogue.CLAIMS.stream()
                        .map(ClaimCatalogue.Claim::asIssuerMetadata)
                        .toList());
        configuration.put("credential_metadata", credentialMetadata);
        return configuration;
    }

    private static Map<String, Object> display(String locale, String name, String description) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("name", name);
        display.put("locale", locale);
        display.put("description", description);
        display.put("background_color", BACKGROUND);
        display.put("text_color", TEXT);
        return display;
    }

    /** SD-JWT VC Type Metadata of {@code vct}; its {@code sd} flags are those the credential is built with. */
    public Map<String, Object> typeMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("vct", urls.vct());
        metadata.put("name", "Digital competency certificate");
        metadata.put(
                "description",
                "A certificate of completion of a Digital literacy for all (Bình dân học vụ số)"
                        + " programme, with its alignment to the national digital competency framework");
        metadata.put(
                "display",
                List.of(
                        typeDisplay(
                                "vi", "Chứng chỉ năng lực số", "Chứng nhận hoàn thành chương trình Bình dân học vụ số"),
                        typeDisplay(
                                "en",
                                "Digital competency certificate",
                                "Certifies completion of a Digital literacy for all programme")));
        metadata.put(
                "claims",
                ClaimCatalogue.CLAIMS.stream()
                        .map(ClaimCatalogue.Claim::asTypeMetadata)
                        .toList());
        return metadata;
    }

    private static Map<String, Object> typeDisplay(String locale, String name, String description) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("locale", locale);
        display.put("name", name);
        display.put("description", description);
        display.put("rendering", Map.of("simple", Map.of("background_color", BACKGROUND, "text_color", TEXT)));
        return display;
    }
}
