package vn.hocvuso.nid.citizen;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Gender as registered; the claim values are those of OpenID Connect Core §5.1. */
public enum Gender {
    MALE("male"),
    FEMALE("female");

    private final String claimValue;

    Gender(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** The gender for a claim value; refuses anything else, naming the accepted values. */
    public static Gender fromClaimValue(String value) {
        for (Gender gender : values()) {
            if (gender.claimValue.equals(value)) {
                return gender;
            }
        }
        throw new IllegalArgumentException("gender must be one of "
                + Arrays.stream(values()).map(Gender::claimValue).collect(Collectors.joining(", ")));
    }
}
