package vn.hocvuso.nid.citizen;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a citizen, as the registry verified it: released with the {@code email} and {@code
 * phone} scopes (the phone is also where the one-time code goes). Never logged.
 *
 * @param email the e-mail address
 * @param phoneNumber the phone number, E.164 ({@code +84...})
 */
public record CitizenContact(Optional<String> email, Optional<String> phoneNumber) {

    public static final CitizenContact NONE = new CitizenContact(Optional.empty(), Optional.empty());

    public CitizenContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        email.ifPresent(value -> require(value.length() <= 254 && value.matches("[^@\\s]+@[^@\\s]+"), "email"));
        phoneNumber.ifPresent(value -> require(value.matches("\\+[1-9]\\d{6,14}"), "phone number (E.164)"));
    }

    public boolean isEmpty() {
        return email.isEmpty() && phoneNumber.isEmpty();
    }

    private static void require(boolean valid, String what) {
        if (!valid) {
            throw new IllegalArgumentException("not a valid " + what);
        }
    }

    @Override
    public String toString() {
        return "CitizenContact[redacted]";
    }
}
