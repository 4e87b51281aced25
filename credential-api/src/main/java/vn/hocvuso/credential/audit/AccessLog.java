package vn.hocvuso.credential.audit;

import java.util.List;

/**
 * The tamper-evident access log. Appends join the caller's transaction, so that a request that
 * fails leaves no entry behind; the caller runs them inside one.
 */
public interface AccessLog {

    /** Appends one entry at the end of the chain. */
    void append(AccessEvent event);

    /** Appends entries in order, as one run of the chain (a bulk check's rows). */
    void appendAll(List<AccessEvent> events);
}
