package vn.hocvuso.auth.account;

/**
 * The upstream vouches for an ID number that another upstream identity already holds here, or for
 * another ID number than before: accounts are linked on the upstream {@code iss} + {@code sub}
 * only, so this login is refused rather than merged.
 */
public final class AccountConflictException extends RuntimeException {

    public AccountConflictException(String message) {
        super(message);
    }
}
