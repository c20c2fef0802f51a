package se.tryggalov.availability;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.DayInfo;
import se.tryggalov.calendar.Holiday;
import se.tryggalov.calendar.ItemKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An evening worth asking people about: a date of the school year with at least
 * {@link AvailabilityService#MIN_CANDIDATE_RISK}, as the calendar sees it.
 *
 * @param breakItem the school break the evening belongs to: inside the break, or on the weekend next to it (the
 *                  Friday and Saturday before a break that starts on a Monday, the weekend after one that ends on a
 *                  Friday); empty for term-time evenings
 */
public record CandidateEvening(DayInfo day, CalendarItem breakItem) {

    /** Days before a break's first day and after its last day that still count as its evenings. */
    static final int DAYS_BEFORE_BREAK = 3;
    static final int DAYS_AFTER_BREAK = 2;

    static CandidateEvening of(DayInfo day, List<CalendarItem> breaks) {
        LocalDate date = day.date();
        CalendarItem belongsTo = breaks.stream()
                .filter(b -> !date.isBefore(b.firstDay().minusDays(DAYS_BEFORE_BREAK))
                        && !date.isAfter(b.lastDay().plusDays(DAYS_AFTER_BREAK)))
                .filter(b -> b.covers(date) || isWeekendEvening(date))
                .findFirst().orElse(null);
        return new CandidateEvening(day, belongsTo);
    }

    private static boolean isWeekendEvening(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    public LocalDate date() {
        return day.date();
    }

    public int riskLevel() {
        return day.riskLevel();
    }

    public DayOfWeek weekday() {
        return day.date().getDayOfWeek();
    }

    public Optional<CalendarItem> inBreak() {
        return Optional.ofNullable(breakItem);
    }

    public boolean isBreakNight() {
        return breakItem != null;
    }

    /** The dated events of the evening (Valborg, Halloween weekend, a break Friday …), without meetings. */
    public List<CalendarItem> keyDates() {
        return day.items().stream().filter(i -> i.kind() == ItemKind.KEY_DATE).toList();
    }

    public List<Holiday> holidays() {
        return day.holidays();
    }
}
