package se.tryggalov.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A proposed meeting in the annual wheel, tied to the break it prepares or follows up. */
public record Meeting(MeetingKind kind, LocalDate date, BreakKind relatedBreak) implements Comparable<Meeting> {

    public Meeting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(relatedBreak, "relatedBreak");
    }

    @Override
    public int compareTo(Meeting other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : kind.compareTo(other.kind);
    }
}
