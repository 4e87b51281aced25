package vn.hocvuso.auth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ui_locales}: the first of Vietnamese and English listed, by language. */
class UiLocalesTest {

    @ParameterizedTest
    @CsvSource({"en, en", "'fr-CA en-GB vi', en", "'de vi-VN en', vi", "'  en-US  ', en", "VI, vi"})
    void whenALanguageWeSpeakIsListedThenTheFirstOneWins(String uiLocales, String expected) {
        assertThat(UiLocales.first(uiLocales)).contains(Locale.forLanguageTag(expected));
    }

    @Test
    void whenNoLanguageWeSpeakIsListedThenThePagesKeepTheirLanguage() {
        assertThat(UiLocales.first("fr de-CH")).isEmpty();
        assertThat(UiLocales.first("")).isEmpty();
        assertThat(UiLocales.first(null)).isEmpty();
    }
}
