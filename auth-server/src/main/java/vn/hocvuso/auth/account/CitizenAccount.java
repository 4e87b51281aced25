package vn.hocvuso.auth.account;

import java.time.Instant;

/**
 * A citizen's account here, created at the first login through the national identity.
 *
 * @param id the internal id: random, never derived from personal data; the input of every pairwise
 *     subject identifier
 * @param upstream the upstream identity the account is linked to
 * @param profile the personal data, decrypted
 * @param createdAt when the account was created
 * @param lastLoginAt the latest login
 */
public record CitizenAccount(
        String id, UpstreamIdentity upstream, CitizenProfile profile, Instant createdAt, Instant lastLoginAt) {}
