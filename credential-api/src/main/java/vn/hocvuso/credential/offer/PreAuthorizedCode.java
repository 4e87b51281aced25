package vn.hocvuso.credential.offer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * A pre-authorized code as stored: hashes only, bound to one learner, credential configuration and
 * programme.
 *
 * @param codeHash SHA-256 of the code
 * @param offerHash SHA-256 of the offer id in the {@code credential_offer_uri}
 * @param learner whose it is
 * @param configurationId the credential it grants
 * @param programmeId the programme the credential will attest
 * @param assuranceLevel the {@code acr} of the portal login that created the offer
 * @param txCodeHash HMAC-SHA256 of the transaction code keyed with the code
 * @param attempts transaction-code attempts used up
 * @param expiresAt end of its life
 * @param redeemedAt when it was exchanged for an access token
 */
public record PreAuthorizedCode(
        String codeHash,
        String offerHash,
        LearnerKey learner,
        String configurationId,
        String programmeId,
        String assuranceLevel,
        String txCodeHash,
        int attempts,
        Instant expiresAt,
        Optional<Instant> redeemedAt) {

    public PreAuthorizedCode {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(offerHash, "offerHash");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(configurationId, "configurationId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
        Objects.requireNonNull(txCodeHash, "txCodeHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
    }

    public boolean isUsableAt(Instant now) {
        return redeemedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
