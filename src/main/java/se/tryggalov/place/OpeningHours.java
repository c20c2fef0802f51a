package se.tryggalov.place;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;

/**
 * One weekly opening interval of a venue: opens on {@code weekday} at {@code opens} and closes at {@code closes}. A
 * closing time at or before the opening time means the venue closes after midnight (Friday 18:00–01:00).
 */
public record OpeningHours(DayOfWeek weekday, LocalTime opens, LocalTime closes) {

    /** By weekday (Monday first), then opening time. */
    public static final Comparator<OpeningHours> WEEK_ORDER = Comparator.comparing(OpeningHours::weekday)
            .thenComparing(OpeningHours::opens);

    private static final int DAY = 24 * 60 * 60;
    private static final int WEEK = 7 * DAY;

    public OpeningHours {
        if (weekday == null || opens == null || closes == null) {
            throw new IllegalArgumentException("weekday, opens and closes are required");
        }
        opens = opens.withNano(0);
        closes = closes.withNano(0);
    }

    /** Closes after midnight, on the following day. */
    public boolean pastMidnight() {
        return !closes.isAfter(opens);
    }

    /** Open during the whole of {@code time} on {@code day}, counting the part after midnight of the day before. */
    public boolean covers(DayOfWeek day, LocalTime time) {
        int at = second(day, time);
        int offset = Math.floorMod(at - start(), WEEK);
        return offset < length();
    }

    /** The two intervals share at least a moment of the week (a Sunday night interval reaches into Monday). */
    public boolean overlaps(OpeningHours other) {
        return Math.floorMod(other.start() - start(), WEEK) < length()
                || Math.floorMod(start() - other.start(), WEEK) < other.length();
    }

    private int start() {
        return second(weekday, opens);
    }

    private int length() {
        int length = closes.toSecondOfDay() - opens.toSecondOfDay();
        return length > 0 ? length : length + DAY;
    }

    private static int second(DayOfWeek day, LocalTime time) {
        return (day.getValue() - 1) * DAY + time.toSecondOfDay();
    }
}
