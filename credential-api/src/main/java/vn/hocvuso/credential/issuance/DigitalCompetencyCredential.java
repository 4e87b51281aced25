package vn.hocvuso.credential.issuance;

/** The one credential this issuer offers, as the cross-app contract names it. */
public final class DigitalCompetencyCredential {

    /** Key of {@code credential_configurations_supported} (OID4VCI 1.0 §12.2.4). */
    public static final String CONFIGURATION_ID = "digital_competency_sd_jwt";

    /** The OAuth scope that requests it, at auth-server (authorization code flow). */
    public static final String SCOPE = "digital_competency_credential";

    /** SD-JWT VC credential format identifier (OID4VCI 1.0 Appendix A.3). */
    public static final String FORMAT = "dc+sd-jwt";

    private DigitalCompetencyCredential() {}
}
