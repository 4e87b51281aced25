package vn.hocvuso.credential.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.hocvuso.credential.learner.LearnerLogin;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.learning.LearningCalendar;

/**
 * Reads what a login says about the learner from the ID token and userinfo claims: {@code sub},
 * {@code national_id}, {@code given_name}, {@code family_name}, {@code birthdate}, {@code acr}. A
 * login that lacks one of them is refused with an error code the login-error page explains.
 */
final class LoginClaims {

    static final String NATIONAL_ID_MISSING = "national_id_missing";
    static final String NATIONAL_ID_INVALID = "national_id_invalid";
    static final String PROFILE_INCOMPLETE = "profile_incomplete";

    private LoginClaims() {}

    static LearnerLogin read(OidcUser user, Clock clock) {
        String nationalId = user.getClaimAsString("national_id");
        if (nationalId == null || nationalId.isBlank()) {
            throw refused(NATIONAL_ID_MISSING, "the login did not release the national_id claim");
        }
        NationalIdNumber.Parsed number = NationalIdNumber.parse(nationalId, LearningCalendar.today(clock));
        if (!number.isValid()) {
            throw refused(NATIONAL_ID_INVALID, "the national_id claim is malformed");
        }
        String givenName = user.getGivenName();
        String familyName = user.getFamilyName();
        String acr = user.getClaimAsString("acr");
        LocalDate birthDate = birthDate(user.getBirthdate());
        if (blank(user.getSubject()) || blank(givenName) || blank(familyName) || blank(acr) || birthDate == null) {
            throw refused(PROFILE_INCOMPLETE, "the login lacks sub, given_name, family_name, birthdate or acr");
        }
        return new LearnerLogin(
                user.getSubject(), number.number().orElseThrow(), givenName, familyName, birthDate, acr);
    }

    private static LocalDate birthDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value); // OIDC Core §5.1: YYYY-MM-DD
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
