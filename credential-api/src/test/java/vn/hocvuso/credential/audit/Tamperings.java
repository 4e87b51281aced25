package vn.hocvuso.credential.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.hocvuso.credential.audit.BrokenLink.Problem;

/**
 * The tamper corpus: over a hundred different changes to a log of {@link #ENTRIES} entries sealed
 * at every tenth, each with the seq the verification must report as the first broken link. Built
 * the same way every run: no randomness.
 */
final class Tamperings {

    static final int ENTRIES = 40;

    /** One tampering: its name, what it does, and the first broken link it must cause. */
    record Tampering(String name, Consumer<Tamper> apply, long firstBrokenSeq, Problem problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Tampering> all = new ArrayList<>();

    private Tamperings() {}

    static List<Tampering> all() {
        Tamperings corpus = new Tamperings();
        corpus.fieldEdits();
        corpus.deletions();
        corpus.reorderings();
        corpus.insertions();
        corpus.rewrites();
        CheckpointTamperings.addTo(corpus::add);
        return List.copyOf(corpus.all);
    }

    void add(String name, long seq, Problem problem, Consumer<Tamper> apply) {
        all.add(new Tampering(name, apply, seq, problem));
    }

    /** The first checkpoint at or after {@code seq}: where a rewrite with recomputed hashes is caught. */
    private static long sealOf(long seq) {
        return ((seq + 9) / 10) * 10;
    }

    private void fieldEdits() {
        for (long seq : new long[] {1, 10, 23, 40}) {
            add(
                    "edit agency_id of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update("update access_log_entry set agency_id = 'agency-forged' where seq = ?", seq));
            add(
                    "edit purpose of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update("update access_log_entry set purpose = 'curiosity' where seq = ?", seq));
            add(
                    "edit channel of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update(
                            "update access_log_entry set channel = case channel when 'single' then 'bulk' else 'single' end"
                                    + " where seq = ?",
                            seq));
            add(
                    "edit subject_key of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update(
                            "update access_log_entry set subject_key = ? where seq = ?",
                            AccessLogFixtures.subject("someone-else").value(),
                            seq));
            add(
                    "remove subject_key of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update(
                            "update access_log_entry set subject_key = case when subject_key is null then ? else null end"
                                    + " where seq = ?",
                            AccessLogFixtures.subject("someone").value(),
                            seq));
            add(
                    "edit answer of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update("update access_log_entry set answer = 'not-certified' where seq = ?", seq));
            add(
                    "edit outcome of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update(
                            "update access_log_entry set outcome = case outcome when 'answered' then 'refused'"
                                    + " else 'answered' end where seq = ?",
                            seq));
            add(
                    "edit logged_at of " + seq + " by a microsecond",
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.write(seq, moved(t.entry(seq))));
            add(
                    "edit previous_hash of " + seq,
                    seq,
                    Problem.LINK_MISMATCH,
                    t -> t.update(
                            "update access_log_entry set previous_hash = ? where seq = ?",
                            Tamper.otherHex(t.entry(seq).previousHash()),
                            seq));
            add(
                    "edit entry_hash of " + seq,
                    seq,
                    Problem.HASH_MISMATCH,
                    t -> t.update(
                            "update access_log_entry set entry_hash = ? where seq = ?",
                            Tamper.otherHex(t.entry(seq).entryHash()),
                            seq));
        }
    }

    private static StoredEntry moved(StoredEntry entry) {
        return new StoredEntry(
                entry.seq(),
                entry.agencyId(),
                entry.purpose(),
                entry.channel(),
                entry.subjectKey(),
                entry.answer(),
                entry.outcome(),
                entry.loggedAt().plusNanos(1_000),
                entry.previousHash(),
                entry.entryHash());
    }

    private void deletions() {
        for (long seq : new long[] {1, 2, 10, 11, 25, 39}) {
            add(
                    "delete entry " + seq,
                    seq,
                    Problem.GAP,
                    t -> t.update("delete from access_log_entry where seq = ?", seq));
        }
        add(
                "delete the last entry",
                40,
                Problem.HEAD_MISMATCH,
                t -> t.update("delete from access_log_entry where seq = 40"));
        add(
                "delete entries 12 to 14",
                12,
                Problem.GAP,
                t -> t.update("delete from access_log_entry where seq between 12 and 14"));
        for (long from : new long[] {1, 15, 31, 40}) {
            add(
                    "truncate the tail from " + from,
                    from,
                    Problem.HEAD_MISMATCH,
                    t -> t.update("delete from access_log_entry where seq >= ?", from));
        }
        for (long from : new long[] {5, 15, 31, 40}) {
            add("truncate the tail from " + from + " and move the head back", from, Problem.GAP, t -> {
                t.update("delete from access_log_entry where seq >= ?", from);
                t.headToLastEntry();
            });
        }
        for (long seq : new long[] {3, 20, 35}) {
            add(
                    "delete entry " + seq + ", renumber and recompute the chain",
                    sealOf(seq),
                    // the checkpoint at 40 then seals an entry the shortened chain no longer has
                    sealOf(seq) == 40 ? Problem.GAP : Problem.CHECKPOINT_MISMATCH,
                    t -> {
                        t.update("delete from access_log_entry where seq = ?", seq);
                        t.shift(seq + 1, -1);
                        t.rechainFrom(seq);
                    });
        }
    }

    private void reorderings() {
        long[][] pairs = {{1, 2}, {3, 9}, {10, 11}, {12, 30}, {39, 40}, {5, 36}};
        for (long[] pair : pairs) {
            add(
                    "swap entries " + pair[0] + " and " + pair[1],
                    pair[0],
                    Problem.LINK_MISMATCH,
                    t -> t.swapContents(pair[0], pair[1]));
        }
        long[][] runs = {{1, 3}, {10, 12}, {18, 25}, {35, 40}};
        for (long[] run : runs) {
            add("rotate entries " + run[0] + " to " + run[1], run[0], Problem.LINK_MISMATCH, t -> {
                StoredEntry first = t.entry(run[0]);
                for (long seq = run[0]; seq < run[1]; seq++) {
                    t.write(seq, t.entry(seq + 1));
                }
                t.write(run[1], first);
            });
        }
        add("swap entries 7 and 8 and recompute the chain", 10, Problem.CHECKPOINT_MISMATCH, t -> {
            t.swapContents(7, 8);
            t.rechainFrom(7);
        });
    }

    private void insertions() {
        add("append a forged entry past the head", 41, Problem.LINK_MISMATCH, t -> t.insert(41, false));
        add("append a chained forged entry past the head", 41, Problem.UNEXPECTED_ENTRY, t -> t.insert(41, true));
        add("append a forged entry far past the head", 41, Problem.GAP, t -> t.insert(100, false));
        add("insert a forged entry before the first", 0, Problem.UNEXPECTED_ENTRY, t -> t.insert(0, false));
        for (long seq : new long[] {1, 10, 17, 33}) {
            add("insert a forged entry at " + seq, seq, Problem.LINK_MISMATCH, t -> {
                t.shift(seq, 1);
                t.insert(seq, false);
            });
            // a chained forgery holds until the next entry, unless a checkpoint sealed its seq
            boolean sealed = seq % 10 == 0;
            add(
                    "insert a chained forged entry at " + seq,
                    sealed ? seq : seq + 1,
                    sealed ? Problem.CHECKPOINT_MISMATCH : Problem.LINK_MISMATCH,
                    t -> {
                        t.shift(seq, 1);
                        t.insert(seq, true);
                    });
            add(
                    "insert a forged entry at " + seq + " and recompute the chain",
                    sealOf(seq),
                    Problem.CHECKPOINT_MISMATCH,
                    t -> {
                        t.shift(seq, 1);
                        t.insert(seq, true);
                        t.rechainFrom(seq);
                    });
        }
    }

    private void rewrites() {
        for (long seq : new long[] {1, 9, 10, 11, 26, 40}) {
            add(
                    "edit the answer of " + seq + " and recompute the chain",
                    sealOf(seq),
                    Problem.CHECKPOINT_MISMATCH,
                    t -> {
                        t.update("update access_log_entry set answer = 'not-certified' where seq = ?", seq);
                        t.rechainFrom(seq);
                    });
        }
        add("replace every entry with recomputed hashes", 10, Problem.CHECKPOINT_MISMATCH, t -> {
            t.update("update access_log_entry set agency_id = 'agency-forged'");
            t.rechainFrom(1);
        });
    }
}
