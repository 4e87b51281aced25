package vn.hocvuso.auth.account;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A citizen's personal data, as the upstream vouches for it. Never logged: {@link #toString()}
 * hides every value.
 *
 * @param nationalId the 12-digit personal identification number
 * @param name the full name, family name first
 * @param givenName the given name
 * @param familyName the family name
 * @param birthdate {@code YYYY-MM-DD}
 * @param gender {@code male} or {@code female}
 * @param residence the province of residence
 * @param email the e-mail address, when the upstream vouches that it is verified
 * @param phoneNumber the phone number (E.164), when the upstream vouches that it is verified
 */
public record CitizenProfile(
        String nationalId,
        Optional<String> name,
        Optional<String> givenName,
        Optional<String> familyName,
        Optional<String> birthdate,
        Optional<String> gender,
        Optional<Residence> residence,
        Optional<String> email,
        Optional<String> phoneNumber) {

    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}");

    public CitizenProfile {
        Objects.requireNonNull(nationalId, "nationalId");
        if (!isNationalId(nationalId)) {
            throw new IllegalArgumentException("a national ID number has 12 digits");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthdate, "birthdate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
    }

    /** A profile without contact data. */
    public CitizenProfile(
            String nationalId,
            Optional<String> name,
            Optional<String> givenName,
            Optional<String> familyName,
            Optional<String> birthdate,
            Optional<String> gender,
            Optional<Residence> residence) {
        this(nationalId, name, givenName, familyName, birthdate, gender, residence, Optional.empty(), Optional.empty());
    }

    public static boolean isNationalId(String value) {
        return value != null && NATIONAL_ID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "CitizenProfile[redacted]";
    }
}
