package vn.hocvuso.credential.framework;

import java.util.Locale;
import java.util.Objects;

/** A text in Vietnamese (always present, shown first) and English. */
public record LocalizedText(String vi, String en) {

    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The text for {@code locale}: English for English locales, Vietnamese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }
}
