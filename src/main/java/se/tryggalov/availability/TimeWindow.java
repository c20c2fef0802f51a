package se.tryggalov.availability;

import java.time.LocalTime;

/**
 * When in the evening a person can go out: from, to, or both. A {@code to} earlier than {@code from} ends after
 * midnight, the next morning (an evening is named by the date it starts on). Either end may be open.
 */
public record TimeWindow(LocalTime from, LocalTime to) {

    /** Null when both ends are open: the whole evening. */
    public static TimeWindow of(LocalTime from, LocalTime to) {
        return from == null && to == null ? null : new TimeWindow(from, to);
    }

    public boolean endsAfterMidnight() {
        return from != null && to != null && to.isBefore(from);
    }
}
