package vn.hocvuso.credential.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links an access-log entry to the one before it: SHA-256 over the previous hash and
 * each field, every field length-prefixed so that no two different entries share an encoding.
 * Times are taken to the microsecond, which both H2 and PostgreSQL store exactly.
 */
public final class ChainHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    public static String of(String previousHash, long seq, AccessEvent event) {
        return of(
                previousHash,
                seq,
                event.agencyId(),
                event.purpose(),
                event.channel().value(),
                event.subject().map(key -> key.value()).orElse(""),
                event.answer(),
                event.outcome().value(),
                event.at());
    }

    /** The same hash over the fields as text (as stored); an entry without subject has {@code ""}. */
    public static String of(
            String previousHash,
            long seq,
            String agencyId,
            String purpose,
            String channel,
            String subjectKey,
            String answer,
            String outcome,
            Instant at) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        field(bytes, previousHash);
        field(bytes, Long.toString(seq));
        field(bytes, agencyId);
        field(bytes, purpose);
        field(bytes, channel);
        field(bytes, subjectKey);
        field(bytes, answer);
        field(bytes, outcome);
        field(bytes, truncate(at).toString());
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    /** {@code at} as the log stores it. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(ByteArrayOutputStream bytes, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
        bytes.writeBytes(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
