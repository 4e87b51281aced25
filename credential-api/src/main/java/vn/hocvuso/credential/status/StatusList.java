package vn.hocvuso.credential.status;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A status list of 2-bit entries (draft-ietf-oauth-status-list §4): entry {@code i} sits in byte
 * {@code i / 4}, starting at its least significant bits. Published compressed with DEFLATE in the
 * ZLIB format (RFC 1950), at the highest compression level.
 */
public final class StatusList {

    public static final int BITS = 2;
    private static final int PER_BYTE = 8 / BITS;
    private static final int MASK = (1 << BITS) - 1;

    private final int size;
    private final byte[] bytes;

    public StatusList(int size) {
        if (size <= 0 || size % PER_BYTE != 0) {
            throw new IllegalArgumentException("a 2-bit status list holds a positive multiple of 4 entries");
        }
        this.size = size;
        this.bytes = new byte[size / PER_BYTE];
    }

    private StatusList(byte[] bytes) {
        this.size = bytes.length * PER_BYTE;
        this.bytes = bytes;
    }

    public int size() {
        return size;
    }

    public void set(int index, int status) {
        check(index);
        if (status < 0 || status > MASK) {
            throw new IllegalArgumentException("a 2-bit status is between 0 and 3");
        }
        int shift = (index % PER_BYTE) * BITS;
        int value = bytes[index / PER_BYTE] & ~(MASK << shift) | status << shift;
        bytes[index / PER_BYTE] = (byte) value;
    }

    public int get(int index) {
        check(index);
        return (bytes[index / PER_BYTE] >> ((index % PER_BYTE) * BITS)) & MASK;
    }

    /** The list compressed with DEFLATE in the ZLIB format, as the {@code lst} claim carries it before base64url. */
    public byte[] compressed() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 16 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Reads a compressed list, refusing one that inflates past {@code maxEntries} entries (a
     * compressed list is attacker-controlled input for a verifier).
     */
    public static StatusList decompress(byte[] compressed, int maxEntries) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int limit = maxEntries / PER_BYTE;
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("the status list is truncated");
                }
                out.write(buffer, 0, count);
                if (out.size() > limit) {
                    throw new IllegalArgumentException("the status list holds more than " + maxEntries + " entries");
                }
            }
            return new StatusList(out.toByteArray());
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("the status list is not ZLIB data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private void check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is outside a list of " + size + " entries");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusList list && Arrays.equals(bytes, list.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
