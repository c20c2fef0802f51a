package se.tryggalov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How a municipality places påsklov relative to Easter Sunday. The break is always the
 * Monday–Friday of one ISO week; a holiday inside it (Good Friday or Easter Monday) stays a
 * statutory holiday and simply is not a school day anyway.
 */
public enum EasterBreakRule {
    /**
     * Easter Sunday on or before 10 April: the week after Easter (Easter Monday–Friday);
     * otherwise Holy Week. Keeps påsklov near ISO week 14–15 whatever the Easter date.
     */
    STOCKHOLM_HEURISTIC,
    /** Holy Week: the Monday–Friday just before Easter Sunday (Friday = Good Friday). */
    WEEK_BEFORE_EASTER,
    /** The ISO week after Easter Sunday: Easter Monday–Friday. */
    WEEK_AFTER_EASTER;

    static final MonthDay STOCKHOLM_LATEST_EASTER_FOR_WEEK_AFTER = MonthDay.of(4, 10);

    /** The Monday on which påsklov starts, for the given Easter Sunday. */
    public LocalDate breakMonday(LocalDate easterSunday) {
        if (easterSunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("Easter Sunday must be a Sunday: " + easterSunday);
        }
        return switch (this) {
            case WEEK_BEFORE_EASTER -> easterSunday.minusDays(6);
            case WEEK_AFTER_EASTER -> easterSunday.plusDays(1);
            case STOCKHOLM_HEURISTIC -> {
                boolean early = !MonthDay.from(easterSunday).isAfter(STOCKHOLM_LATEST_EASTER_FOR_WEEK_AFTER);
                yield (early ? WEEK_AFTER_EASTER : WEEK_BEFORE_EASTER).breakMonday(easterSunday);
            }
        };
    }
}
