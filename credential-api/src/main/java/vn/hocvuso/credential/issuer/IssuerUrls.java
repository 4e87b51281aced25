package vn.hocvuso.credential.issuer;

import java.net.URI;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.config.CredentialApiProperties;

/**
 * The addresses of the credential issuer, all derived from {@code credentials.base-url}, which is
 * the Credential Issuer Identifier (OID4VCI 1.0 §12.2.1) and the {@code iss} of every credential.
 */
@Component
public class IssuerUrls {

    public static final String CREDENTIAL_PATH = "/oid4vci/credential";
    public static final String NONCE_PATH = "/oid4vci/nonce";
    public static final String TOKEN_PATH = "/oid4vci/token";
    public static final String OFFERS_PATH = "/oid4vci/offers/";
    public static final String VCT_PATH = "/vct/digital-competency";

    private final String issuer;

    public IssuerUrls(CredentialApiProperties properties) {
        this.issuer = properties.baseUrl().toString().replaceAll("/+$", "");
    }

    /** The Credential Issuer Identifier, also this service's authorization server issuer for the pre-authorized grant. */
    public String issuer() {
        return issuer;
    }

    public String credentialEndpoint() {
        return issuer + CREDENTIAL_PATH;
    }

    public String nonceEndpoint() {
        return issuer + NONCE_PATH;
    }

    public String tokenEndpoint() {
        return issuer + TOKEN_PATH;
    }

    public String offerUri(String offerId) {
        return issuer + OFFERS_PATH + offerId;
    }

    /** The {@code vct} of the digital-competency credential; its type metadata is served there. */
    public String vct() {
        return issuer + VCT_PATH;
    }

    public String achievementId(String programmeId) {
        return issuer + "/achievements/" + programmeId;
    }

    public URI issuerUri() {
        return URI.create(issuer);
    }
}
