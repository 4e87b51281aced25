package vn.hocvuso.credential.status;

import java.util.Locale;

/** The status of a credential and its value in a 2-bit Token Status List (draft-ietf-oauth-status-list §7.1). */
public enum CredentialStatus {
    /** 0x00 VALID. */
    VALID(0, "valid"),
    /** 0x01 INVALID: revoked, for good. */
    INVALID(1, "revoked"),
    /** 0x02 SUSPENDED: temporarily invalid; may be reinstated. */
    SUSPENDED(2, "suspended");

    private final int code;
    private final String label;

    CredentialStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value written in the status list. */
    public int code() {
        return code;
    }

    /** The word our API and pages use: {@code valid}, {@code revoked}, {@code suspended}. */
    public String label() {
        return label;
    }

    public static CredentialStatus ofCode(int code) {
        for (CredentialStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("no credential status has code " + code);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
