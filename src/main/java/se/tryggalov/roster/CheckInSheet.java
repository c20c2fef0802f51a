package se.tryggalov.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A shift's check-in: its people (present or not as last filed) and the report filed so far, if any. */
public record CheckInSheet(long shiftId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String districtName,
                           String activityTitle, List<Walker> people, WalkReport filed) {

    /** A person confirmed on the shift; {@code present} null until check-in. */
    public record Walker(long assignmentId, String name, Boolean present) {
    }

    public static Map<WalkCategory, Integer> noCounts() {
        return Map.of();
    }
}
