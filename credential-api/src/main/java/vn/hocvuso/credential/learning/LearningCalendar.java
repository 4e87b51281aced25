package vn.hocvuso.credential.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar learning dates are read in: Vietnam's (UTC+7, no daylight saving). */
public final class LearningCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private LearningCalendar() {}

    /** Today in Vietnam: a result assessed later than this is in the future. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
