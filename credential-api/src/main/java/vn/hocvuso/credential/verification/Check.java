package vn.hocvuso.credential.verification;

/** The checks of a presentation, each reported on its own, in the order they run. */
public enum Check {
    /** The presentation is an SD-JWT with a key-binding JWT, and its parts parse (RFC 9901 §4). */
    FORMAT("format"),
    /** The issuer's signature, by a key tied to a trust anchor (x5c) or an allow-listed issuer (jwt-vc-issuer). */
    ISSUER("issuer"),
    /** The credential is of the expected type. */
    VCT("vct"),
    /** {@code exp}, {@code nbf} and {@code iat} put now inside the credential's life. */
    VALIDITY("validity"),
    /** Every disclosure is referenced once by a digest of this credential (RFC 9901 §7.1). */
    DISCLOSURES("disclosures"),
    /** The key-binding JWT: signed by the {@code cnf} key, for this nonce and audience, fresh, over this presentation. */
    KEY_BINDING("key_binding"),
    /** The holder disclosed every claim the request asked for. */
    CLAIMS("claims"),
    /** The credential's entry in its issuer's Token Status List says valid. */
    STATUS("status");

    private final String code;

    Check(String code) {
        this.code = code;
    }

    /** The name in the API and in message keys. */
    public String code() {
        return code;
    }
}
