package se.tryggalov.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One school break, first and last day inclusive. */
public record SchoolBreak(BreakKind kind, LocalDate firstDay, LocalDate lastDay) {

    public SchoolBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(kind + " ends " + lastDay + " before it starts " + firstDay);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public boolean overlaps(SchoolBreak other) {
        return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
    }

    /** Number of calendar days, weekends included. */
    public long lengthInDays() {
        return firstDay.datesUntil(lastDay.plusDays(1)).count();
    }
}
