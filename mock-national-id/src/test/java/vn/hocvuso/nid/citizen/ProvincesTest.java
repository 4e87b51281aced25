package vn.hocvuso.nid.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProvincesTest {

    @Test
    void whenTheOfficialListIsLoadedThenItHasTheSixtyThreeProvincesWithUniqueThreeDigitCodes() {
        Provinces provinces = Provinces.official();

        assertThat(provinces.all()).hasSize(63);
        assertThat(provinces.all())
                .extracting(Province::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[0-9]{3}"));
        assertThat(provinces.find("001"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Hà Nội"));
        assertThat(provinces.find("079"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("TP Hồ Chí Minh"));
        assertThat(provinces.find("096"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Cà Mau"));
        assertThat(provinces.contains("003")).isFalse();
    }

    @Test
    void whenAListRepeatsACodeThenLoadingFailsNamingTheLine() {
        String list = "# test\n001;Hà Nội\n002;Hà Giang\n001;Again\n";

        assertThatThrownBy(() -> Provinces.load(stream(list), "test.csv"))
                .hasMessage("test.csv line 4: province code 001 appears twice");
    }

    @Test
    void whenALineIsMalformedThenLoadingFailsNamingTheLine() {
        assertThatThrownBy(() -> Provinces.load(stream("001;Hà Nội\n1;Short\n"), "test.csv"))
                .hasMessageContaining("test.csv line 2");
        assertThatThrownBy(() -> Provinces.load(stream("001 Hà Nội\n"), "test.csv"))
                .hasMessageContaining("test.csv line 1");
    }

    @Test
    void whenTheListIsEmptyThenLoadingFails() {
        assertThatThrownBy(() -> Provinces.load(stream("# nothing\n"), "test.csv"))
                .hasMessageContaining("empty");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
