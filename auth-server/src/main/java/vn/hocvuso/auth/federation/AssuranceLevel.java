package vn.hocvuso.auth.federation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The upstream's identity assurance levels, as {@code acr} URIs (OIDC Core §2): the allow-list of
 * every {@code acr} this server accepts from the upstream and passes on in its own tokens.
 */
public enum AssuranceLevel {
    /** An account only. */
    LEVEL_1("urn:vn:vneid:loa:1", 1),
    /** Identity verified with the chip ID card. */
    LEVEL_2("urn:vn:vneid:loa:2", 2);

    private final String uri;
    private final int rank;

    AssuranceLevel(String uri, int rank) {
        this.uri = uri;
        this.rank = rank;
    }

    public String uri() {
        return uri;
    }

    public boolean satisfies(AssuranceLevel required) {
        return rank >= required.rank;
    }

    /** The level of an {@code acr} value, or empty if the value is not on the allow-list. */
    public static Optional<AssuranceLevel> of(String acr) {
        return Arrays.stream(values()).filter(level -> level.uri.equals(acr)).findFirst();
    }
}
