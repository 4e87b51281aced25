package vn.hocvuso.nid.login;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The second step of a level-2 login: a 6-digit code (shown on the simulator's page, standing in for
 * the text message to the citizen's phone), valid for a short time and a few attempts. Kept in the
 * server-side session only.
 *
 * @param throttleKey where a run of wrong codes is counted as a failed login
 */
public record OneTimeCodeChallenge(
        UUID citizenId,
        String subject,
        String throttleKey,
        String code,
        Instant passwordVerifiedAt,
        Instant expiresAt,
        int attemptsLeft)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DIGITS = 6;

    public OneTimeCodeChallenge {
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(throttleKey, "throttleKey");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(passwordVerifiedAt, "passwordVerifiedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A fresh code from {@code random}, uniformly drawn from 000000–999999. */
    public static OneTimeCodeChallenge issue(
            UUID citizenId,
            String subject,
            String throttleKey,
            Instant now,
            Duration lifetime,
            int attempts,
            SecureRandom random) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        return new OneTimeCodeChallenge(citizenId, subject, throttleKey, code, now, now.plus(lifetime), attempts);
    }

    /** What an entered code means at {@code now}. The comparison takes the same time whatever the input. */
    public Verdict check(String entered, Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Verdict.EXPIRED;
        }
        String candidate = entered == null ? "" : entered.strip();
        boolean matches = MessageDigest.isEqual(
                code.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
        if (matches) {
            return Verdict.ACCEPTED;
        }
        return attemptsLeft > 1 ? Verdict.WRONG : Verdict.EXHAUSTED;
    }

    /** The challenge after one wrong code. */
    public OneTimeCodeChallenge afterWrongCode() {
        return new OneTimeCodeChallenge(
                citizenId, subject, throttleKey, code, passwordVerifiedAt, expiresAt, attemptsLeft - 1);
    }

    @Override
    public String toString() {
        return "OneTimeCodeChallenge[citizenId=" + citizenId + ", expiresAt=" + expiresAt + ", attemptsLeft="
                + attemptsLeft + "]";
    }

    public enum Verdict {
        ACCEPTED,
        /** Wrong, and attempts remain. */
        WRONG,
        /** Wrong, and it was the last attempt: the login starts over. */
        EXHAUSTED,
        EXPIRED
    }
}
