package vn.hocvuso.credential.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.learning.LearningCalendar;

/** Dates and times as pages show them, in Vietnam time: {@code ${@portalDates.dateTime(instant, #locale)}}. */
@Component("portalDates")
public class PortalDates {

    private static final DateTimeFormatter VI_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String dateTime(Instant instant, Locale locale) {
        return (english(locale) ? EN_DATE_TIME : VI_DATE_TIME).format(instant.atZone(LearningCalendar.ZONE));
    }

    public String date(LocalDate date, Locale locale) {
        return (english(locale) ? EN_DATE : VI_DATE).format(date);
    }

    /** The same instant in ISO 8601, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(LearningCalendar.ZONE));
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
