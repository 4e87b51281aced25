package vn.hocvuso.credential.provider;

/** An accepted submission as stored under its idempotency key. */
record StoredSubmission(String fingerprint, int status, String body) {}
