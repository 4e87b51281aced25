package vn.hocvuso.nid.client;

import java.time.Instant;

/** Remembers the {@code jti} of every accepted client assertion until it expires (RFC 7523 §3, item 7). */
public interface ClientAssertionReplay {

    /** Records {@code jti} for {@code clientId}; false when it was already used. Atomic under concurrency. */
    boolean firstUse(String clientId, String jti, Instant expiresAt);

    /** Forgets identifiers whose assertions expired before {@code before}; returns how many. */
    int purgeExpired(Instant before);
}
