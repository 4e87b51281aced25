package vn.hocvuso.nid.citizen;

/** Whether an account may log in. */
public enum CitizenStatus {
    ACTIVE,
    /** Suspended by an operator: no login, no code, no token until reinstated. */
    SUSPENDED
}
