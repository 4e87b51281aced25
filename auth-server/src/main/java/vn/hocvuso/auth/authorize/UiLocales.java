package vn.hocvuso.auth.authorize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code ui_locales} (OIDC Core §3.1.2.1): BCP 47 tags in order of preference; the first we speak wins. */
public final class UiLocales {

    private UiLocales() {}

    /** Vietnamese or English, whichever {@code uiLocales} lists first (by language, so {@code en-US} is English). */
    public static Optional<Locale> first(String uiLocales) {
        if (uiLocales == null || uiLocales.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(uiLocales.trim().split("\\s+"))
                .map(tag -> Locale.forLanguageTag(tag).getLanguage())
                .filter(language -> language.equals("vi") || language.equals("en"))
                .findFirst()
                .map(Locale::forLanguageTag);
    }
}
