package se.tryggalov.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * First and last school day of the autumn term (hösttermin) and spring term (vårtermin).
 * Municipalities publish their own; {@link #defaultFor(SchoolYear)} gives rule-based defaults.
 */
public record TermDates(LocalDate autumnStart, LocalDate autumnEnd, LocalDate springStart, LocalDate springEnd) {

    public TermDates {
        Objects.requireNonNull(autumnStart, "autumnStart");
        Objects.requireNonNull(autumnEnd, "autumnEnd");
        Objects.requireNonNull(springStart, "springStart");
        Objects.requireNonNull(springEnd, "springEnd");
        if (!(autumnStart.isBefore(autumnEnd) && autumnEnd.isBefore(springStart) && springStart.isBefore(springEnd))) {
            throw new IllegalArgumentException("Term dates out of order: " + autumnStart + ", " + autumnEnd
                    + ", " + springStart + ", " + springEnd);
        }
    }

    /**
     * Default term dates, chosen to match typical published läsårstider and to give at least
     * 178 school days with our five one-week-or-longer breaks:
     * <ul>
     *   <li>autumn start: 18 August, or the Monday after if that is a Friday or weekend
     *       (no one starts school for a single day before a weekend);</li>
     *   <li>autumn end: the last weekday on or before 20 December;</li>
     *   <li>spring start: 8 January, or the Monday after if that is a Friday or weekend;</li>
     *   <li>spring end (skolavslutning): the last weekday on or before 12 June.</li>
     * </ul>
     * None of these can hit a statutory holiday.
     */
    public static TermDates defaultFor(SchoolYear year) {
        return new TermDates(
                autumnStart(year.startYear()),
                lastWeekdayOnOrBefore(LocalDate.of(year.startYear(), Month.DECEMBER, 20)),
                startOnMondayUnlessEarlyInWeek(LocalDate.of(year.endYear(), Month.JANUARY, 8)),
                lastWeekdayOnOrBefore(LocalDate.of(year.endYear(), Month.JUNE, 12)));
    }

    static LocalDate autumnStart(int year) {
        return startOnMondayUnlessEarlyInWeek(LocalDate.of(year, Month.AUGUST, 18));
    }

    public boolean inTerm(LocalDate date) {
        return between(date, autumnStart, autumnEnd) || between(date, springStart, springEnd);
    }

    private static boolean between(LocalDate date, LocalDate first, LocalDate last) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    private static LocalDate startOnMondayUnlessEarlyInWeek(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case FRIDAY -> date.plusDays(3);
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static LocalDate lastWeekdayOnOrBefore(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }
}
