package vn.hocvuso.nid.citizen;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 12-digit personal identification number whose structure holds: three digits of province code
 * from the official list, one digit for century and gender, two digits of the birth year, six
 * digits of sequence.
 *
 * <p>The century/gender digit: 0/1 = male/female born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199,
 * 6/7 = 2200–2299, 8/9 = 1800–1899.
 *
 * <p>{@link #toString()} masks the number, so that it cannot reach a log line by accident.
 */
public final class NationalIdNumber {

    public static final int LENGTH = 12;

    private final String digits;

    private NationalIdNumber(String digits) {
        this.digits = digits;
    }

    /** Parses {@code text}, checking the structure on its own; throws naming the first broken rule. */
    public static NationalIdNumber parse(String text, Provinces provinces) {
        requireTwelveDigits(text);
        String province = text.substring(0, 3);
        if (!provinces.contains(province)) {
            throw new InvalidNationalIdException("province code " + province + " is not in the official list");
        }
        return new NationalIdNumber(text);
    }

    /** Whether {@code text} has the shape of a number (twelve digits), without checking its rules. */
    public static boolean hasTwelveDigits(String text) {
        return text != null && text.length() == LENGTH && text.chars().allMatch(NationalIdNumber::isAsciiDigit);
    }

    private static void requireTwelveDigits(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidNationalIdException("national ID number is missing");
        }
        if (!text.chars().allMatch(NationalIdNumber::isAsciiDigit)) {
            throw new InvalidNationalIdException("national ID number must contain digits 0-9 only");
        }
        if (text.length() != LENGTH) {
            throw new InvalidNationalIdException(
                    "national ID number must have exactly 12 digits, not " + text.length());
        }
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Checks that the century/gender digit and the year digits agree with a person's date of birth
     * and gender; throws naming the first rule that does not hold.
     */
    public void requireConsistentWith(LocalDate birthdate, Gender gender) {
        Objects.requireNonNull(birthdate, "birthdate");
        Objects.requireNonNull(gender, "gender");
        int digit = centuryGenderDigit();
        int centuryStart = centuryStart();
        int year = birthdate.getYear();
        if (year < centuryStart || year > centuryStart + 99) {
            throw new InvalidNationalIdException("century/gender digit " + digit + " means born " + centuryStart + "–"
                    + (centuryStart + 99) + ", but the date of birth is in " + year);
        }
        if (gender() != gender) {
            throw new InvalidNationalIdException("century/gender digit " + digit + " means " + gender().claimValue()
                    + ", but the gender is " + gender.claimValue());
        }
        int yearDigits = yearDigits();
        if (year % 100 != yearDigits) {
            throw new InvalidNationalIdException(
                    String.format("birth-year digits %02d do not match the year of birth %d", yearDigits, year));
        }
    }

    public String digits() {
        return digits;
    }

    public String provinceCode() {
        return digits.substring(0, 3);
    }

    public int centuryGenderDigit() {
        return digits.charAt(3) - '0';
    }

    public int yearDigits() {
        return Integer.parseInt(digits.substring(4, 6));
    }

    public String sequence() {
        return digits.substring(6);
    }

    /** The first year of the century that the century/gender digit encodes. */
    public int centuryStart() {
        int century = centuryGenderDigit() / 2;
        return century == 4 ? 1800 : 1900 + 100 * century;
    }

    /** Even digits are men, odd digits women. */
    public Gender gender() {
        return centuryGenderDigit() % 2 == 0 ? Gender.MALE : Gender.FEMALE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalIdNumber number && number.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "NationalIdNumber[************]";
    }
}
