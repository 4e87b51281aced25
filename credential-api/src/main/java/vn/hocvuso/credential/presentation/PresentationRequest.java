package vn.hocvuso.credential.presentation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A presentation request as stored: single use, until {@code expiresAt}.
 *
 * @param id the random id in the {@code request_uri}
 * @param state the {@code state} the wallet sends back with its response
 * @param nonce the {@code nonce} the key-binding JWT must carry
 * @param claims the personal claims asked for beside the achievement
 * @param responseMode {@code direct_post}, or {@code direct_post.jwt} with a response encrypted to
 *     the request's own ephemeral key
 * @param encryptionKid the {@code kid} of that key, for {@code direct_post.jwt}
 * @param status pending until the wallet answers, then answered or declined
 * @param expiresAt when a pending request can no longer be answered (for a closed one: when its result is deleted)
 */
public record PresentationRequest(
        String id,
        String state,
        String nonce,
        List<OptionalClaim> claims,
        String responseMode,
        java.util.Optional<String> encryptionKid,
        Status status,
        Instant expiresAt) {

    /** Where the request stands. */
    public enum Status {
        PENDING,
        ANSWERED,
        DECLINED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PresentationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        claims = List.copyOf(claims);
        Objects.requireNonNull(responseMode, "responseMode");
        Objects.requireNonNull(encryptionKid, "encryptionKid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isOpenAt(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }
}
