package vn.hocvuso.credential.audit;

import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a tampering does to the stored log, in plain JDBC, as someone with database access would. */
final class Tamper {

    private final JdbcClient jdbc;
    private final JdbcAccessLogReader reader;

    Tamper(JdbcClient jdbc, JdbcAccessLogReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    void update(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        statement.update();
    }

    String text(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(String.class).single();
    }

    StoredEntry entry(long seq) {
        return reader.entriesAfter(seq - 1, 1).get(0);
    }

    /** Swaps every field but {@code seq} of two entries. */
    void swapContents(long a, long b) {
        StoredEntry first = entry(a);
        StoredEntry second = entry(b);
        write(a, second);
        write(b, first);
    }

    /** Writes every field but {@code seq} of {@code entry} into the row at {@code seq}. */
    void write(long seq, StoredEntry entry) {
        update(
                "update access_log_entry set agency_id = ?, purpose = ?, channel = ?, subject_key = ?, answer = ?,"
                        + " outcome = ?, logged_at = ?, previous_hash = ?, entry_hash = ? where seq = ?",
                entry.agencyId(),
                entry.purpose(),
                entry.channel(),
                entry.subjectKey().orElse(null),
                entry.answer(),
                entry.outcome(),
                entry.loggedAt().atOffset(java.time.ZoneOffset.UTC),
                entry.previousHash(),
                entry.entryHash(),
                seq);
    }

    /** Renumbers entries {@code from..}: each seq moves by {@code by} (through a free range, as the key is unique). */
    void shift(long from, long by) {
        update("update access_log_entry set seq = seq + 1000000 where seq >= ?", from);
        update("update access_log_entry set seq = seq - 1000000 + ? where seq >= 1000000", by);
    }

    /** Inserts a forged entry; with {@code chained} its hashes follow the entry before it, else they are made up. */
    void insert(long seq, boolean chained) {
        String previous = chained ? hashBefore(seq) : "f".repeat(64);
        AccessEvent forged = AccessLogFixtures.event(999);
        String hash = chained ? ChainHash.of(previous, seq, forged) : "e".repeat(64);
        update(
                "insert into access_log_entry (seq, agency_id, purpose, channel, subject_key, answer, outcome,"
                        + " logged_at, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq,
                forged.agencyId(),
                forged.purpose(),
                forged.channel().value(),
                forged.subject().map(key -> key.value()).orElse(null),
                forged.answer(),
                forged.outcome().value(),
                forged.at().atOffset(java.time.ZoneOffset.UTC),
                previous,
                hash);
    }

    /** Recomputes every hash from {@code seq} on and moves the head to match: a forger covering their tracks. */
    void rechainFrom(long seq) {
        String previous = hashBefore(seq);
        long last = seq - 1;
        for (StoredEntry entry : reader.entriesAfter(seq - 1, Integer.MAX_VALUE)) {
            StoredEntry relinked = new StoredEntry(
                    entry.seq(),
                    entry.agencyId(),
                    entry.purpose(),
                    entry.channel(),
                    entry.subjectKey(),
                    entry.answer(),
                    entry.outcome(),
                    entry.loggedAt(),
                    previous,
                    "");
            previous = relinked.recomputedHash();
            update(
                    "update access_log_entry set previous_hash = ?, entry_hash = ? where seq = ?",
                    relinked.previousHash(),
                    previous,
                    entry.seq());
            last = entry.seq();
        }
        update("update access_log_head set last_seq = ?, last_hash = ? where id = 1", last, previous);
    }

    /** Moves the head to the chain's last entry, as it is. */
    void headToLastEntry() {
        long last = jdbc.sql("select coalesce(max(seq), 0) from access_log_entry")
                .query(Long.class)
                .single();
        update(
                "update access_log_head set last_seq = ?, last_hash = ? where id = 1",
                last,
                last == 0 ? ChainHash.GENESIS : text("select entry_hash from access_log_entry where seq = ?", last));
    }

    String hashBefore(long seq) {
        if (seq <= 1) {
            return ChainHash.GENESIS;
        }
        return text("select entry_hash from access_log_entry where seq = ?", seq - 1);
    }

    /** A checkpoint JWS signed by a key that is not ours (under our key id when {@code kid} says so). */
    String foreignCheckpoint(String kid, long seq, String entryHash, Instant at) {
        try {
            ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
            return CheckpointJws.sign(
                    new CheckpointKeys.Signing(kid, new ECDSASigner(foreign)),
                    AccessLogSlice.ISSUER,
                    seq,
                    entryHash,
                    at);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    StoredCheckpoint checkpoint(long seq) {
        return reader.checkpointsAfter(seq - 1, 1).get(0);
    }

    /** The JWS with one character of its signature changed. */
    static String flipSignature(String jws) {
        int at = jws.length() - 5;
        char changed = jws.charAt(at) == 'A' ? 'B' : 'A';
        return jws.substring(0, at) + changed + jws.substring(at + 1);
    }

    static String otherHex(String hex) {
        return (hex.charAt(0) == '0' ? '1' : '0') + hex.substring(1);
    }

    static Optional<String> none() {
        return Optional.empty();
    }

    static List<Long> positions(long... seqs) {
        return java.util.Arrays.stream(seqs).boxed().toList();
    }
}
