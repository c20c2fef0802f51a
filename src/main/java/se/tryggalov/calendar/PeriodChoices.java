package se.tryggalov.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The order in which every period picker (the breaks and raised-risk dates a page can be narrowed to) offers its
 * periods: the ongoing and coming ones first, soonest first, so the list opens at the coming break; then the past
 * ones, newest first. Only the current and the previous school year's past periods are offered unless the caller
 * asks for an older one (a link to it).
 */
public final class PeriodChoices {

    private PeriodChoices() {
    }

    /** The periods in picker order; past periods of school years before {@code oldestYear} are left out. */
    public static List<CalendarItem> comingFirst(Collection<CalendarItem> periods, LocalDate today,
                                                 SchoolYear oldestYear) {
        LocalDate oldest = oldestYear == null ? LocalDate.MIN : oldestYear.firstDay();
        Stream<CalendarItem> coming = periods.stream().filter(p -> !p.lastDay().isBefore(today))
                .sorted(Comparator.comparing(CalendarItem::firstDay).thenComparing(CalendarItem::id));
        Stream<CalendarItem> past = periods.stream().filter(p -> p.lastDay().isBefore(today))
                .filter(p -> !p.lastDay().isBefore(oldest))
                .sorted(Comparator.comparing(CalendarItem::firstDay).reversed().thenComparing(CalendarItem::id));
        return Stream.concat(coming, past).toList();
    }

    /** The first ongoing or coming break, else the first ongoing or coming period. */
    public static java.util.Optional<CalendarItem> coming(Collection<CalendarItem> periods, LocalDate today) {
        List<CalendarItem> ordered = comingFirst(periods, today, null).stream()
                .filter(p -> !p.lastDay().isBefore(today)).toList();
        return ordered.stream().filter(p -> p.kind() == ItemKind.BREAK).findFirst()
                .or(() -> ordered.stream().findFirst());
    }
}
