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

    /**
     * The level an {@code acr_values} request parameter asks for: the values are in order of
     * preference and any of them will do (OIDC Core §3.1.2.1), so the lowest level listed; values
     * not on the allow-list are ignored.
     */
    public static Optional<AssuranceLevel> requested(String acrValues) {
        if (acrValues == null || acrValues.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(acrValues.trim().split("\\s+"))
                .map(AssuranceLevel::of)
                .flatMap(Optional::stream)
                .min(java.util.Comparator.comparingInt(level -> level.rank));
    }

    /** The stricter of two optional requirements. */
    public static Optional<AssuranceLevel> stricter(Optional<AssuranceLevel> one, Optional<AssuranceLevel> other) {
        if (one.isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return one;
        }
        return one.get().satisfies(other.get()) ? one : other;
    }

    /** The level of an {@code acr} value, or empty if the value is not on the allow-list. */
    public static Optional<AssuranceLevel> of(String acr) {
        return Arrays.stream(values()).filter(level -> level.uri.equals(acr)).findFirst();
    }
}
