package vn.hocvuso.credential.status;

import java.util.Set;

/** What an operator can do to a credential's status, and from which statuses. */
public enum StatusChange {
    /** Final: a revoked credential never becomes valid again. */
    REVOKE(CredentialStatus.INVALID, Set.of(CredentialStatus.VALID, CredentialStatus.SUSPENDED)),
    SUSPEND(CredentialStatus.SUSPENDED, Set.of(CredentialStatus.VALID)),
    REINSTATE(CredentialStatus.VALID, Set.of(CredentialStatus.SUSPENDED));

    private final CredentialStatus target;
    private final Set<CredentialStatus> allowedFrom;

    StatusChange(CredentialStatus target, Set<CredentialStatus> allowedFrom) {
        this.target = target;
        this.allowedFrom = allowedFrom;
    }

    public CredentialStatus target() {
        return target;
    }

    public boolean isAllowedFrom(CredentialStatus current) {
        return allowedFrom.contains(current);
    }
}
