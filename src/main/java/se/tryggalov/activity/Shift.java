package se.tryggalov.activity;

import se.tryggalov.volunteer.QualificationKind;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * A shift (pass) is ONE GROUP on one evening: three night-walking groups in Alby on Valborg are three shifts of one
 * activity with {@code groupNo} 1, 2 and 3. {@code day} is the evening it starts on; an end not after the start is
 * the next morning (21:00–01:00). {@code assignedCount} counts proposed and confirmed assignments (a number, no
 * names). Activity, district, venue and organisation come along for lists and the board.
 */
public record Shift(long id, long activityId, ActivityType type, Purpose purpose, String activityTitle,
                    Long calendarItemId, long districtId, String districtName, Long venueId, String venueName,
                    Long organisationId, String organisationName, LocalDate day, LocalTime startsAt,
                    LocalTime endsAt, int groupNo, int minSize, int peopleNeeded, int maxSize, boolean leadRequired,
                    boolean adultsOnly, Set<QualificationKind> qualifications, int riskLevel, boolean riskOverridden,
                    ShiftStatus status, Staffing staffing, int assignedCount, String ruleKey, int version) {

    public Shift {
        qualifications = Set.copyOf(qualifications);
    }

    /** Ends the next morning (its end is not after its start). */
    public boolean crossesMidnight() {
        return !endsAt.isAfter(startsAt);
    }

    public LocalDateTime start() {
        return day.atTime(startsAt);
    }

    public LocalDateTime end() {
        return (crossesMidnight() ? day.plusDays(1) : day).atTime(endsAt);
    }

    public Duration duration() {
        return Duration.between(start(), end());
    }

    /** Seats still to fill to reach the number needed (never negative). */
    public int missing() {
        return Math.max(0, peopleNeeded - assignedCount);
    }

    /** Made by a coverage rule or a standing commitment: regenerating may change or remove it while unassigned. */
    public boolean generated() {
        return ruleKey != null && Keys.isGenerated(ruleKey);
    }

    /** For the bulk operations: this shift as the caller saw it. */
    public ShiftRef ref() {
        return new ShiftRef(id, version);
    }
}
