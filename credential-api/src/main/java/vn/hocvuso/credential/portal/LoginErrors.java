package vn.hocvuso.credential.portal;

import java.util.Set;

/** The message shown for a refused or failed login, by OAuth error code. */
final class LoginErrors {

    private static final Set<String> EXPLAINED = Set.of(
            LoginClaims.NATIONAL_ID_MISSING,
            LoginClaims.NATIONAL_ID_INVALID,
            LoginClaims.PROFILE_INCOMPLETE,
            "access_denied",
            "unmet_authentication_requirements");

    private LoginErrors() {}

    static String messageKey(String errorCode) {
        return EXPLAINED.contains(errorCode) ? "login.error." + errorCode : "login.error.other";
    }
}
