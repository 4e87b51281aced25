package vn.hocvuso.credential.framework;

import java.util.Objects;

/**
 * The credential a programme earns, in Open Badges 3.0 terms.
 *
 * @param achievementType the Open Badges achievement type, for example {@code Certificate}
 * @param name the certificate's name as printed on it
 */
public record EarnedCredential(String achievementType, LocalizedText name) {

    public EarnedCredential {
        Objects.requireNonNull(achievementType, "achievementType");
        Objects.requireNonNull(name, "name");
    }
}
