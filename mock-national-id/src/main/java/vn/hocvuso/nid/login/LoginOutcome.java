package vn.hocvuso.nid.login;

import java.time.Instant;
import vn.hocvuso.nid.citizen.Citizen;

/** What a password check decided. */
public sealed interface LoginOutcome {

    /** The input is not twelve digits: nothing was looked up. */
    record MalformedNumber() implements LoginOutcome {}

    /** Unknown number or wrong password: the same answer for both, so that no account is revealed. */
    record InvalidCredentials() implements LoginOutcome {}

    /** Too many wrong passwords for this number (known or not); no password is checked until {@code until}. */
    record Locked(Instant until) implements LoginOutcome {}

    /** The right password for a suspended account: no session, no code. */
    record Suspended() implements LoginOutcome {}

    /**
     * The right password for an active account.
     *
     * @param throttleKey the keyed hash the failures of this number are counted under
     */
    record PasswordVerified(Citizen citizen, String throttleKey, Instant at) implements LoginOutcome {}
}
