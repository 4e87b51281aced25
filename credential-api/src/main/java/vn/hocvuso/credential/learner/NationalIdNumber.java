package vn.hocvuso.credential.learner;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A 12-digit personal identification number whose structure has been checked: 3 digits of
 * province code from the official list, 1 digit for century and gender, 2 digits of the birth year,
 * 6 digits of sequence (Decree 137/2015/ND-CP art. 7, Circular 07/2016/TT-BCA). Only the structure
 * is checked: whether the number belongs to a person is the national identity's to say.
 *
 * <p>Personal data: {@link #toString()} never shows the digits.
 */
public final class NationalIdNumber {

    /** The 63 province codes of Circular 07/2016/TT-BCA (Hà Nội 001 … Cà Mau 096). */
    static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private final String digits;

    private NationalIdNumber(String digits) {
        this.digits = digits;
    }

    /**
     * The number in {@code value} if its structure is valid on {@code today}, else why not (a short
     * reason that never repeats the value).
     */
    public static Parsed parse(String value, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (value == null || !value.matches("[0-9]{12}")) {
            return Parsed.invalid("a personal identification number is exactly 12 digits");
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
            return Parsed.invalid("the first 3 digits are not a province code of the official list");
        }
        int birthYear = birthYear(value);
        if (birthYear > today.getYear()) {
            return Parsed.invalid("the century digit and year digits give a birth year in the future");
        }
        return new Parsed(Optional.of(new NationalIdNumber(value)), Optional.empty());
    }

    /** The birth year the 4th to 6th digits encode: century digit 0/1 → 19xx, 2/3 → 20xx, …, 8/9 → 18xx. */
    static int birthYear(String value) {
        int centuryDigit = value.charAt(3) - '0';
        int century = centuryDigit >= 8 ? 1800 : 1900 + 100 * (centuryDigit / 2);
        return century + Integer.parseInt(value.substring(4, 6));
    }

    /** The digits: for the keyed hash only, never for a log, a URL or a page. */
    public String digits() {
        return digits;
    }

    public Year birthYear() {
        return Year.of(birthYear(digits));
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

    /** The result of {@link #parse}: the number, or the reason it was refused. */
    public record Parsed(Optional<NationalIdNumber> number, Optional<String> problem) {

        static Parsed invalid(String problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }

        public boolean isValid() {
            return number.isPresent();
        }
    }
}
