package vn.hocvuso.nid.login;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import vn.hocvuso.nid.citizen.Citizen;

/**
 * Draws the one-time code of each level-2 login. The demo's automation citizen, when enabled,
 * always gets her configured code: a browser robot cannot read a text message. Nobody else ever
 * gets a fixed code.
 */
public final class OneTimeCodes {

    private final LoginProperties properties;
    private final Optional<FixedCode> fixed;
    private final SecureRandom random;

    /** @param fixed the automation citizen's ID number and code, or empty when she is not enabled */
    public OneTimeCodes(LoginProperties properties, Optional<FixedCode> fixed, SecureRandom random) {
        this.properties = properties;
        this.fixed = fixed;
        this.random = random;
    }

    OneTimeCodeChallenge challenge(LoginOutcome.PasswordVerified verified) {
        Citizen citizen = verified.citizen();
        Instant now = verified.at();
        return fixed.filter(
                        code -> code.nationalId().equals(citizen.nationalId().digits()))
                .map(code -> new OneTimeCodeChallenge(
                        citizen.id(),
                        citizen.subject(),
                        verified.throttleKey(),
                        code.code(),
                        now,
                        now.plus(properties.oneTimeCodeLifetime()),
                        properties.oneTimeCodeAttempts()))
                .orElseGet(() -> OneTimeCodeChallenge.issue(
                        citizen.id(),
                        citizen.subject(),
                        verified.throttleKey(),
                        now,
                        properties.oneTimeCodeLifetime(),
                        properties.oneTimeCodeAttempts(),
                        random));
    }

    /** The one citizen whose code is fixed. */
    public record FixedCode(String nationalId, String code) {

        @Override
        public String toString() {
            return "FixedCode[redacted]";
        }
    }
}
