package vn.hocvuso.credential.verification;

import java.util.Locale;

/** The answer to the employer: valid only when every check passed. */
public enum Verdict {
    VALID,
    INVALID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
