package vn.hocvuso.credential.verification;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A status list as a verifier holds it after checking its token (draft-ietf-oauth-status-list §4):
 * the uncompressed bytes, the number of bits per entry, and until when it may be used.
 */
final class FetchedStatusList {

    private final String issuer;
    private final int bits;
    private final byte[] bytes;
    private final Instant usableUntil;

    FetchedStatusList(String issuer, int bits, byte[] bytes, Instant usableUntil) {
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
            throw new IllegalArgumentException("a status list has 1, 2, 4 or 8 bits per entry");
        }
        this.issuer = Objects.requireNonNull(issuer);
        this.bits = bits;
        this.bytes = bytes.clone();
        this.usableUntil = Objects.requireNonNull(usableUntil);
    }

    String issuer() {
        return issuer;
    }

    Instant usableUntil() {
        return usableUntil;
    }

    /** §4.1: entry {@code index} starts at bit {@code index * bits}, least significant bits first. */
    int entry(long index) {
        long position = index * bits;
        if (index < 0 || position / 8 >= bytes.length) {
            throw new CheckFailure("invalid_list", "the status index " + index + " is outside the status list");
        }
        return (bytes[(int) (position / 8)] >> (int) (position % 8)) & ((1 << bits) - 1);
    }

    /** ZLIB-inflates {@code lst}, refusing more than {@code maxBytes} (a list is input from elsewhere). */
    static byte[] inflate(byte[] compressed, int maxBytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CheckFailure("invalid_list", "the status list is truncated");
                }
                out.write(buffer, 0, count);
                if (out.size() > maxBytes) {
                    throw new CheckFailure("invalid_list", "the status list is larger than " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new CheckFailure("invalid_list", "the status list is not ZLIB data");
        } finally {
            inflater.end();
        }
    }
}
