package vn.hocvuso.credential.audit;

import vn.hocvuso.credential.learner.LearnerKey;

/** The access log as the citizen reads it: the looks taken at their own status, newest first. */
public interface CitizenAccessLog {

    /** Page {@code page} (from 0) of {@code size} entries whose subject is {@code subject}. */
    AccessLogPage lookedAt(LearnerKey subject, int page, int size);
}
