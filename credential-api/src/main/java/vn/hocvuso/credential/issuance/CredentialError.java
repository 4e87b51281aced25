package vn.hocvuso.credential.issuance;

import java.util.Objects;

/**
 * A Credential Error Response (OID4VCI 1.0 §8.3.1.2): HTTP 400 with an {@code error} code and a
 * description safe to show the wallet. Thrown before or inside the issuance transaction; when
 * thrown inside, everything the request did is rolled back.
 */
public final class CredentialError extends RuntimeException {

    private final String error;
    private final int httpStatus;

    private CredentialError(String error, String description, int httpStatus) {
        super(description);
        this.error = Objects.requireNonNull(error);
        this.httpStatus = httpStatus;
    }

    public static CredentialError invalidRequest(String description) {
        return new CredentialError("invalid_credential_request", description, 400);
    }

    public static CredentialError unknownConfiguration(String description) {
        return new CredentialError("unknown_credential_configuration", description, 400);
    }

    public static CredentialError invalidProof(String description) {
        return new CredentialError("invalid_proof", description, 400);
    }

    public static CredentialError invalidNonce(String description) {
        return new CredentialError("invalid_nonce", description, 400);
    }

    /** §8.3.1.2: the {@code credential_response_encryption} parameters are invalid or unsupported. */
    public static CredentialError invalidEncryptionParameters(String description) {
        return new CredentialError("invalid_encryption_parameters", description, 400);
    }

    public static CredentialError denied(String description) {
        return new CredentialError("credential_request_denied", description, 400);
    }

    /** A body over the size limit: RFC 9110 §15.5.14, in the credential error format. */
    public static CredentialError tooLarge(String description) {
        return new CredentialError("invalid_credential_request", description, 413);
    }

    public String error() {
        return error;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
