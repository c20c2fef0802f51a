package se.tryggalov.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A statutory holiday or an eve on a date, with our own day type. */
public record Holiday(LocalDate date, KeyDateKind kind, DayType dayType) implements Comparable<Holiday> {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dayType, "dayType");
        if (dayType != DayType.STATUTORY_HOLIDAY && dayType != DayType.EVE) {
            throw new IllegalArgumentException("A holiday is STATUTORY_HOLIDAY or EVE, not " + dayType);
        }
    }

    /** True when people in general do not work that day. */
    public boolean isDayOff() {
        return kind.isDayOff();
    }

    @Override
    public int compareTo(Holiday other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : kind.compareTo(other.kind);
    }
}
