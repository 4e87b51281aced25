package vn.hocvuso.credential.audit;

import java.util.function.Consumer;
import vn.hocvuso.credential.audit.BrokenLink.Problem;

/** The tamper corpus's changes to the checkpoints and the head (see {@link Tamperings}). */
final class CheckpointTamperings {

    /** Where a tampering goes: {@code (name, first broken seq, problem, what it does)}. */
    interface Sink {
        void add(String name, long seq, Problem problem, Consumer<Tamper> apply);
    }

    private final Sink sink;

    private CheckpointTamperings(Sink sink) {
        this.sink = sink;
    }

    static void addTo(Sink sink) {
        CheckpointTamperings corpus = new CheckpointTamperings(sink);
        corpus.checkpoints();
        corpus.head();
    }

    private void add(String name, long seq, Problem problem, Consumer<Tamper> apply) {
        sink.add(name, seq, problem, apply);
    }

    private void checkpoints() {
        for (long seq : new long[] {10, 20, 30, 40}) {
            add(
                    "flip a bit of checkpoint " + seq + "'s signature",
                    seq,
                    Problem.CHECKPOINT_SIGNATURE_INVALID,
                    t -> t.update(
                            "update access_log_checkpoint set jws = ? where seq = ?",
                            Tamper.flipSignature(t.checkpoint(seq).jws()),
                            seq));
            add(
                    "edit checkpoint " + seq + "'s stored hash",
                    seq,
                    Problem.CHECKPOINT_ALTERED,
                    t -> t.update(
                            "update access_log_checkpoint set entry_hash = ? where seq = ?",
                            Tamper.otherHex(t.checkpoint(seq).entryHash()),
                            seq));
        }
        for (long seq : new long[] {10, 30}) {
            add(
                    "edit checkpoint " + seq + "'s time",
                    seq,
                    Problem.CHECKPOINT_ALTERED,
                    t -> t.update(
                            "update access_log_checkpoint set sealed_at = ? where seq = ?",
                            t.checkpoint(seq).sealedAt().plusSeconds(1).atOffset(java.time.ZoneOffset.UTC),
                            seq));
            add(
                    "re-sign checkpoint " + seq + " with a foreign key under our kid",
                    seq,
                    Problem.CHECKPOINT_SIGNATURE_INVALID,
                    t -> {
                        StoredCheckpoint real = t.checkpoint(seq);
                        t.update(
                                "update access_log_checkpoint set jws = ? where seq = ?",
                                t.foreignCheckpoint(real.kid(), seq, real.entryHash(), real.sealedAt()),
                                seq);
                    });
        }
        add(
                "edit checkpoint 20's key id",
                20,
                Problem.CHECKPOINT_ALTERED,
                t -> t.update("update access_log_checkpoint set kid = 'another-key' where seq = 20"));
        add(
                "move checkpoint 10 to seq 15",
                15,
                Problem.CHECKPOINT_ALTERED,
                t -> t.update("update access_log_checkpoint set seq = 15 where seq = 10"));
        add(
                "move checkpoint 40 to seq 38",
                38,
                Problem.CHECKPOINT_ALTERED,
                t -> t.update("update access_log_checkpoint set seq = 38 where seq = 40"));
        add(
                "copy checkpoint 20's JWS onto checkpoint 10",
                10,
                Problem.CHECKPOINT_ALTERED,
                t -> t.update(
                        "update access_log_checkpoint set jws = ? where seq = 10",
                        t.checkpoint(20).jws()));
        add("forge a checkpoint at 15 with a foreign key", 15, Problem.CHECKPOINT_SIGNATURE_INVALID, t -> {
            StoredEntry entry = t.entry(15);
            java.time.Instant at = t.checkpoint(20).sealedAt();
            t.update(
                    "insert into access_log_checkpoint (seq, entry_hash, sealed_at, kid, jws) values (?, ?, ?, ?, ?)",
                    15,
                    entry.entryHash(),
                    at.atOffset(java.time.ZoneOffset.UTC),
                    "forger",
                    t.foreignCheckpoint("forger", 15, entry.entryHash(), at));
        });
        add(
                "forge a checkpoint past the end",
                50,
                Problem.CHECKPOINT_SIGNATURE_INVALID,
                t -> t.update(
                        "insert into access_log_checkpoint (seq, entry_hash, sealed_at, kid, jws) values (50, ?, ?, 'k', 'a.b.c')",
                        "a".repeat(64),
                        t.checkpoint(40).sealedAt().atOffset(java.time.ZoneOffset.UTC)));
        add(
                "replace checkpoint 30's JWS with garbage",
                30,
                Problem.CHECKPOINT_SIGNATURE_INVALID,
                t -> t.update("update access_log_checkpoint set jws = 'not-a-jws' where seq = 30"));
    }

    private void head() {
        add(
                "edit the head's hash",
                40,
                Problem.HEAD_MISMATCH,
                t -> t.update("update access_log_head set last_hash = ? where id = 1", "b".repeat(64)));
        add(
                "move the head back one",
                40,
                Problem.UNEXPECTED_ENTRY,
                t -> t.update(
                        "update access_log_head set last_seq = 39, last_hash = ? where id = 1", t.hashBefore(40)));
        add(
                "move the head forward",
                41,
                Problem.HEAD_MISMATCH,
                t -> t.update("update access_log_head set last_seq = 45 where id = 1"));
    }
}
