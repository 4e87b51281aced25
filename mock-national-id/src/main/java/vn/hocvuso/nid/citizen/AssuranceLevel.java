package vn.hocvuso.nid.citizen;

import java.util.Optional;

/**
 * The identity assurance level of an account, and the {@code acr} URI that a login at that level
 * carries.
 */
public enum AssuranceLevel {
    /** Account only: the person registered, their identity was not checked. */
    LEVEL_1(1, "urn:vn:vneid:loa:1"),
    /** Identity verified with the chip ID card; login needs a one-time code as a second factor. */
    LEVEL_2(2, "urn:vn:vneid:loa:2");

    private final int number;
    private final String acr;

    AssuranceLevel(int number, String acr) {
        this.number = number;
        this.acr = acr;
    }

    public int number() {
        return number;
    }

    public String acr() {
        return acr;
    }

    public boolean requiresOneTimeCode() {
        return this == LEVEL_2;
    }

    public boolean satisfies(AssuranceLevel required) {
        return number >= required.number;
    }

    public static AssuranceLevel ofNumber(int number) {
        for (AssuranceLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("assurance level must be 1 or 2");
    }

    public static Optional<AssuranceLevel> fromAcr(String acr) {
        for (AssuranceLevel level : values()) {
            if (level.acr.equals(acr)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
