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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        field(bytes, previousHash);
        field(bytes, Long.toString(seq));
        field(bytes, event.agencyId());
        field(bytes, event.purpose());
        field(bytes, event.channel().value());
        field(bytes, event.subject().map(key -> key.value()).orElse(""));
        field(bytes, event.answer());
        field(bytes, event.outcome().value());
        field(bytes, truncate(event.at()).toString());
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
