package vn.hocvuso.credential.audit;

/**
 * The first place where the access log does not hold: the seq of the entry (or checkpoint) at fault
 * and what is wrong, in words free of personal data.
 */
public record BrokenLink(long seq, Problem problem, String detail) {

    public enum Problem {
        /** The entry's stored hash is not the hash of its fields. */
        HASH_MISMATCH("hash-mismatch"),
        /** The entry's previous hash is not the hash of the entry before it. */
        LINK_MISMATCH("link-mismatch"),
        /** An entry is missing: the seqs jump. */
        GAP("gap"),
        /** An entry sits where none can be: before the first or after the head. */
        UNEXPECTED_ENTRY("unexpected-entry"),
        /** The checkpoint's JWS does not verify with the access-log keys. */
        CHECKPOINT_SIGNATURE_INVALID("checkpoint-signature-invalid"),
        /** The checkpoint's row says something else than what its signature covers. */
        CHECKPOINT_ALTERED("checkpoint-altered"),
        /** A validly signed checkpoint seals a hash the chain does not have at that seq. */
        CHECKPOINT_MISMATCH("checkpoint-mismatch"),
        /** The head row disagrees with the chain's last entry. */
        HEAD_MISMATCH("head-mismatch");

        private final String value;

        Problem(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }
}
