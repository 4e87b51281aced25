package vn.hocvuso.nid.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The structure of the 12-digit personal identification number, rule by rule. */
class NationalIdNumberTest {

    private final Provinces provinces = Provinces.official();

    @ParameterizedTest(name = "{0} = {3} born {1}")
    @CsvSource({
        "001089000001, 1989-03-15, male, Hà Nội",
        "079195000002, 1995-07-02, female, TP Hồ Chí Minh",
        "048302000003, 2002-11-20, female, Đà Nẵng",
        "001070000004, 1970-01-09, male, Hà Nội",
        "096200123456, 2000-01-01, male, Cà Mau",
        "002399999999, 2099-12-31, female, Hà Giang",
        "077000000000, 1900-01-01, male, Bà Rịa – Vũng Tàu",
        "046199654321, 1999-06-30, female, Thừa Thiên Huế",
        "066850000007, 1850-02-03, male, Đắk Lắk",
        "092999000008, 1899-12-31, female, Cần Thơ",
        "038401000009, 2101-01-01, male, Thanh Hóa",
        "038623000010, 2223-05-05, male, Thanh Hóa",
        "040701000011, 2201-05-05, female, Nghệ An",
        "011500000012, 2100-05-05, female, Điện Biên"
    })
    void whenTheNumberAgreesWithTheBirthDateAndGenderThenItIsAccepted(
            String digits, LocalDate birthdate, String gender, String province) {
        NationalIdNumber number = NationalIdNumber.parse(digits, provinces);

        number.requireConsistentWith(birthdate, Gender.fromClaimValue(gender));

        assertThat(number.digits()).isEqualTo(digits);
        assertThat(provinces.find(number.provinceCode()).orElseThrow().name()).isEqualTo(province);
        assertThat(number.gender()).isEqualTo(Gender.fromClaimValue(gender));
        assertThat(number.sequence()).isEqualTo(digits.substring(6));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|national ID number is missing",
                "00108900000|national ID number must have exactly 12 digits, not 11",
                "0010890000011|national ID number must have exactly 12 digits, not 13",
                "1|national ID number must have exactly 12 digits, not 1",
                "00108900000x|national ID number must contain digits 0-9 only",
                "-01089000001|national ID number must contain digits 0-9 only",
                "001089 00001|national ID number must contain digits 0-9 only",
                "٠٠١٠٨٩٠٠٠٠٠١|national ID number must contain digits 0-9 only",
                "００１０８９０００００１|national ID number must contain digits 0-9 only",
                "000089000001|province code 000 is not in the official list",
                "003089000001|province code 003 is not in the official list",
                "005089000001|province code 005 is not in the official list",
                "028089000001|province code 028 is not in the official list",
                "097089000001|province code 097 is not in the official list",
                "100089000001|province code 100 is not in the official list",
                "999089000001|province code 999 is not in the official list"
            })
    void whenTheStructureIsBrokenThenParsingNamesTheRule(String digits, String rule) {
        assertThatThrownBy(() -> NationalIdNumber.parse(digits, provinces))
                .isInstanceOf(InvalidNationalIdException.class)
                .hasMessage(rule);
    }

    @Test
    void whenTheNumberIsNullThenItIsMissing() {
        assertThatThrownBy(() -> NationalIdNumber.parse(null, provinces)).hasMessage("national ID number is missing");
    }

    @ParameterizedTest(name = "{0} for {1} {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "001089000001|1989-03-15|female|century/gender digit 0 means male, but the gender is female",
                "001189000001|1989-03-15|male|century/gender digit 1 means female, but the gender is male",
                "001289000001|1989-03-15|male|century/gender digit 2 means born 2000–2099, but the date of birth is in 1989",
                "001089000001|2089-03-15|male|century/gender digit 0 means born 1900–1999, but the date of birth is in 2089",
                "001889000001|1989-03-15|male|century/gender digit 8 means born 1800–1899, but the date of birth is in 1989",
                "001489000001|1989-03-15|male|century/gender digit 4 means born 2100–2199, but the date of birth is in 1989",
                "001689000001|1989-03-15|male|century/gender digit 6 means born 2200–2299, but the date of birth is in 1989",
                "001088000001|1989-03-15|male|birth-year digits 88 do not match the year of birth 1989",
                "001098000001|1989-03-15|male|birth-year digits 98 do not match the year of birth 1989",
                "048300000003|2002-11-20|female|birth-year digits 00 do not match the year of birth 2002",
                "048203000003|2002-11-20|female|century/gender digit 2 means male, but the gender is female"
            })
    void whenTheNumberDisagreesWithTheBirthDateOrGenderThenTheRuleIsNamed(
            String digits, LocalDate birthdate, String gender, String rule) {
        NationalIdNumber number = NationalIdNumber.parse(digits, provinces);

        assertThatThrownBy(() -> number.requireConsistentWith(birthdate, Gender.fromClaimValue(gender)))
                .isInstanceOf(InvalidNationalIdException.class)
                .hasMessage(rule);
    }

    @ParameterizedTest(name = "digit {0} → born from {1}, {2}")
    @CsvSource({
        "0, 1900, male",
        "1, 1900, female",
        "2, 2000, male",
        "3, 2000, female",
        "4, 2100, male",
        "5, 2100, female",
        "6, 2200, male",
        "7, 2200, female",
        "8, 1800, male",
        "9, 1800, female"
    })
    void whenTheCenturyGenderDigitIsReadThenItGivesTheCenturyAndGender(int digit, int centuryStart, String gender) {
        NationalIdNumber number = NationalIdNumber.parse("001" + digit + "50000001", provinces);

        assertThat(number.centuryGenderDigit()).isEqualTo(digit);
        assertThat(number.centuryStart()).isEqualTo(centuryStart);
        assertThat(number.gender().claimValue()).isEqualTo(gender);
    }

    @Test
    void whenANumberIsPrintedThenItsDigitsAreMasked() {
        NationalIdNumber number = NationalIdNumber.parse("001089000001", provinces);

        assertThat(number.toString()).doesNotContain("001089").doesNotContain("000001");
    }
}
