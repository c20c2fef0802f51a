package se.tryggalov.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The dates a picture covers, both inclusive. {@code breakId} is the calendar's break when the period is one (then
 * {@code code} is its break kind, e.g. WINTER_SPORTS), else null for an ISO week or a school year (code
 * SCHOOL_YEAR).
 */
public record Period(LocalDate first, LocalDate last, Long breakId, String code) {

    /** The code of a period that is a whole school year. */
    static final String SCHOOL_YEAR = "SCHOOL_YEAR";

    public Period {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + first + ".." + last);
        }
    }

    /** The ISO week (Monday to Sunday) holding the day. */
    public static Period week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6), null, null);
    }

    /** A whole school year (for the yearly report): compared with the 52 weeks before, not with a week. */
    public static Period schoolYear(LocalDate first, LocalDate last) {
        return new Period(first, last, null, SCHOOL_YEAR);
    }

    public boolean isWeek() {
        return breakId == null && !SCHOOL_YEAR.equals(code);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    public int isoWeek() {
        return first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** As long, just before. */
    public Period previous() {
        return new Period(first.minusDays(days()), first.minusDays(1), null, null);
    }

    /**
     * A week: the same ISO week number a year earlier (week 53 becomes 52 when that year has none), same weekdays.
     * Anything else without a known break: 52 weeks earlier, so the weekdays match.
     */
    public Period sameWeeksLastYear() {
        if (isWeek()) {
            LocalDate monday = first.with(IsoFields.WEEK_BASED_YEAR, first.get(IsoFields.WEEK_BASED_YEAR) - 1L)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Period(monday, monday.plusDays(6), null, null);
        }
        return new Period(first.minusWeeks(52), last.minusWeeks(52), null, null);
    }

    /** The week after the period: what the picture plans for. */
    public Period coming() {
        return new Period(last.plusDays(1), last.plusDays(7), null, null);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
