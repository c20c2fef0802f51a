package se.tryggalov.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated event in the year with its default risk level (0 = none, 1 = low … 5 = highest).
 * Several key dates may share a date; the day's risk is the highest of them.
 */
public record KeyDate(LocalDate date, KeyDateKind kind, int riskLevel) implements Comparable<KeyDate> {

    public KeyDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        RiskDefaults.checkLevel(riskLevel);
    }

    @Override
    public int compareTo(KeyDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : kind.compareTo(other.kind);
    }
}
