package vn.hocvuso.credential.presentation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The personal claims an employer may ask for beside the achievement, which every request asks
 * for. They are the selectively disclosable claims of the credential: the holder decides.
 */
public enum OptionalClaim {
    GIVEN_NAME("given_name"),
    FAMILY_NAME("family_name"),
    BIRTHDATE("birthdate");

    private final String claimName;

    OptionalClaim(String claimName) {
        this.claimName = claimName;
    }

    /** The claim's name in the credential and in the DCQL path. */
    public String claimName() {
        return claimName;
    }

    public static Optional<OptionalClaim> of(String claimName) {
        return Arrays.stream(values())
                .filter(claim -> claim.claimName.equals(claimName))
                .findFirst();
    }
}
