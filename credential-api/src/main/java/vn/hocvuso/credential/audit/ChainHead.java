package vn.hocvuso.credential.audit;

/** The chain's head as {@code access_log_head} records it: the last entry's seq and hash. */
public record ChainHead(long seq, String hash) {}
