package vn.hocvuso.credential.dpop;

/**
 * A DPoP proof that was refused, with the RFC 9449 error code: {@code invalid_dpop_proof} (§7.1)
 * or {@code use_dpop_nonce} (§8, §9). The description names the defect and never a token.
 */
public final class DPoPProofException extends RuntimeException {

    public static final String INVALID_DPOP_PROOF = "invalid_dpop_proof";
    public static final String USE_DPOP_NONCE = "use_dpop_nonce";

    private final String error;

    DPoPProofException(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    static DPoPProofException invalid(String description) {
        return new DPoPProofException(INVALID_DPOP_PROOF, description);
    }

    public String error() {
        return error;
    }

    /** Whether the client should retry with the nonce of the {@code DPoP-Nonce} header. */
    public boolean wantsNonce() {
        return USE_DPOP_NONCE.equals(error);
    }
}
