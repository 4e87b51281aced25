package vn.hocvuso.credential.audit;

import java.time.Instant;

/** A checkpoint as stored: the sealed head ({@code seq}, {@code entryHash}), when, by which key, and the JWS. */
public record StoredCheckpoint(long seq, String entryHash, Instant sealedAt, String kid, String jws) {}
