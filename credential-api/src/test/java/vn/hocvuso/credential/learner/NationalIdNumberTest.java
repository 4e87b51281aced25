package vn.hocvuso.credential.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest
    @ValueSource(
            strings = {"001089000001", "079195000002", "048302000003", "001070000004", "096099123456", "001225000001"})
    void whenTheStructureIsRightThenTheNumberIsAccepted(String value) {
        NationalIdNumber.Parsed parsed = NationalIdNumber.parse(value, TODAY);

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.number().orElseThrow().digits()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({
        "00108900000, exactly 12 digits",
        "0010890000011, exactly 12 digits",
        "00108900000A, exactly 12 digits",
        "' 001089000001', exactly 12 digits",
        "000089000001, province code",
        "003089000001, province code",
        "097089000001, province code",
        "001227000001, birth year in the future",
        "001399000001, birth year in the future"
    })
    void whenTheStructureIsWrongThenTheNumberIsRefusedWithAReasonThatDoesNotRepeatIt(String value, String reason) {
        NationalIdNumber.Parsed parsed = NationalIdNumber.parse(value, TODAY);

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problem()).get().asString().contains(reason).doesNotContain(value.strip());
    }

    @ParameterizedTest
    @CsvSource({
        "001089000001, 1989",
        "048302000003, 2002",
        "001889000001, 1889",
        "001325000001, 2025",
        "001125000001, 1925"
    })
    void whenTheNumberIsReadThenTheCenturyDigitGivesTheBirthYear(String value, int year) {
        assertThat(NationalIdNumber.parse(value, TODAY)
                        .number()
                        .orElseThrow()
                        .birthYear()
                        .getValue())
                .isEqualTo(year);
    }

    @org.junit.jupiter.api.Test
    void whenANumberIsPrintedThenItsDigitsDoNotShow() {
        NationalIdNumber number =
                NationalIdNumber.parse("001089000001", TODAY).number().orElseThrow();

        assertThat(number.toString()).doesNotContain("001089000001").doesNotContainPattern("[0-9]{3}");
    }
}
