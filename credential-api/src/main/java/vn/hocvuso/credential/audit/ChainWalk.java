package vn.hocvuso.credential.audit;

import java.util.Optional;
import vn.hocvuso.credential.audit.BrokenLink.Problem;

/**
 * The verification's state while it walks the chain from genesis: fed entries and checkpoints in
 * seq order, it says where the first link breaks. Holds two values, whatever the log's length.
 */
final class ChainWalk {

    private final CheckpointKeys keys;
    private final String issuer;
    private long lastSeq;
    private String lastHash = ChainHash.GENESIS;
    private long entries;
    private long checkpoints;
    private long lastCheckpointSeq;

    ChainWalk(CheckpointKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The next stored entry, in seq order. */
    Optional<BrokenLink> entry(StoredEntry entry) {
        long expected = lastSeq + 1;
        if (entry.seq() < expected) {
            return broken(entry.seq(), Problem.UNEXPECTED_ENTRY, "an entry with a seq before the first one");
        }
        if (entry.seq() > expected) {
            return broken(
                    expected,
                    Problem.GAP,
                    "entry " + expected + " is missing: the next stored entry is " + entry.seq());
        }
        if (!lastHash.equals(entry.previousHash())) {
            return broken(entry.seq(), Problem.LINK_MISMATCH, "its previous hash is not the hash of the entry before");
        }
        if (!entry.recomputedHash().equals(entry.entryHash())) {
            return broken(entry.seq(), Problem.HASH_MISMATCH, "its stored hash is not the hash of its fields");
        }
        lastSeq = entry.seq();
        lastHash = entry.entryHash();
        entries++;
        return Optional.empty();
    }

    /** A checkpoint whose seq the walk has reached ({@code checkpoint.seq() <= lastSeq()}). */
    Optional<BrokenLink> checkpoint(StoredCheckpoint checkpoint) {
        Optional<BrokenLink> signature = CheckpointJws.problem(checkpoint, keys, issuer);
        if (signature.isPresent()) {
            return signature;
        }
        if (checkpoint.seq() != lastSeq || !checkpoint.entryHash().equals(lastHash)) {
            return broken(
                    checkpoint.seq(),
                    Problem.CHECKPOINT_MISMATCH,
                    "the signed checkpoint seals another hash than the chain has at this seq");
        }
        checkpoints++;
        lastCheckpointSeq = checkpoint.seq();
        return Optional.empty();
    }

    /** A checkpoint beyond the chain's last entry: a forgery, or the sealed entries were removed. */
    Optional<BrokenLink> checkpointBeyondTheEnd(StoredCheckpoint checkpoint) {
        Optional<BrokenLink> signature = CheckpointJws.problem(checkpoint, keys, issuer);
        if (signature.isPresent()) {
            return signature;
        }
        return broken(
                lastSeq + 1,
                Problem.GAP,
                "entries up to " + checkpoint.seq() + " were sealed by a checkpoint but the chain ends at " + lastSeq);
    }

    /** The head row, read after the walk: it must name the last entry. */
    Optional<BrokenLink> head(ChainHead head) {
        if (head.seq() > lastSeq) {
            return broken(
                    lastSeq + 1,
                    Problem.HEAD_MISMATCH,
                    "the head names entry " + head.seq() + " but the chain ends at " + lastSeq);
        }
        if (head.seq() < lastSeq) {
            return broken(
                    Math.max(head.seq(), 0) + 1,
                    Problem.UNEXPECTED_ENTRY,
                    "the chain goes on past the head (" + head.seq() + ") to " + lastSeq);
        }
        if (!head.hash().equals(lastHash)) {
            return broken(lastSeq, Problem.HEAD_MISMATCH, "the head's hash is not the last entry's hash");
        }
        return Optional.empty();
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Where to read on from: below every seq before the first entry, so that none escapes the walk. */
    long cursor() {
        return entries == 0 ? Long.MIN_VALUE : lastSeq;
    }

    VerificationReport report(ChainHead head, Optional<BrokenLink> broken) {
        return new VerificationReport(entries, checkpoints, head.seq(), lastCheckpointSeq, broken);
    }

    static Optional<BrokenLink> broken(long seq, Problem problem, String detail) {
        return Optional.of(new BrokenLink(seq, problem, detail));
    }
}
