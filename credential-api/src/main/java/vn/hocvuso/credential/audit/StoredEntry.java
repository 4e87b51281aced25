package vn.hocvuso.credential.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * An entry exactly as stored, its fields as text so that the verification can hash whatever a row
 * holds, even a value no append would have written.
 */
public record StoredEntry(
        long seq,
        String agencyId,
        String purpose,
        String channel,
        Optional<String> subjectKey,
        String answer,
        String outcome,
        Instant loggedAt,
        String previousHash,
        String entryHash) {

    /** The hash its fields and its {@code previousHash} give: equal to {@code entryHash} unless tampered with. */
    String recomputedHash() {
        return ChainHash.of(
                previousHash, seq, agencyId, purpose, channel, subjectKey.orElse(""), answer, outcome, loggedAt);
    }
}
