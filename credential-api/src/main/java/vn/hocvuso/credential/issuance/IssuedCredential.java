package vn.hocvuso.credential.issuance;

import java.time.Instant;
import java.util.Objects;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * What we keep of an issued credential. Never the credential itself: its disclosures carry the
 * holder's names and birth date.
 *
 * @param id our identifier, used by operators and shown to the learner
 * @param learner whose it is
 * @param configurationId its credential configuration
 * @param programmeId the programme it attests
 * @param frameworkVersion the framework version of the completion
 * @param statusListId the status list holding its status
 * @param statusIndex its index there
 * @param holderKeyThumbprint RFC 7638 thumbprint of its {@code cnf} key
 * @param credentialHash SHA-256 (base64url) of the issued SD-JWT, to recognise it later
 * @param issuedAt its {@code iat}
 * @param expiresAt its {@code exp}
 */
public record IssuedCredential(
        String id,
        LearnerKey learner,
        String configurationId,
        String programmeId,
        String frameworkVersion,
        long statusListId,
        int statusIndex,
        String holderKeyThumbprint,
        String credentialHash,
        Instant issuedAt,
        Instant expiresAt) {

    public IssuedCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(configurationId, "configurationId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(holderKeyThumbprint, "holderKeyThumbprint");
        Objects.requireNonNull(credentialHash, "credentialHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
