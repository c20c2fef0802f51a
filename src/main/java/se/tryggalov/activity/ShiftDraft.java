package se.tryggalov.activity;

import se.tryggalov.volunteer.QualificationKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a coordinator enters for one shift (one group). An end not after the start is the next morning: 21:00–01:00
 * is one shift; end equal to start is refused. {@code groupNo} null takes the next free group number of the
 * activity on that day. {@code riskLevel} null follows the calendar; a number overrides it. {@code status} null
 * keeps the current status (DRAFT for a new shift); {@code staffing} null means PEOPLE.
 */
public record ShiftDraft(LocalDate day, LocalTime startsAt, LocalTime endsAt, Integer groupNo, Integer minSize,
                         Integer peopleNeeded, Integer maxSize, boolean leadRequired, boolean adultsOnly,
                         Set<QualificationKind> qualifications, Integer riskLevel, ShiftStatus status,
                         Staffing staffing) {

    public ShiftDraft {
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
    }

    /** A night-walk group as DOMAIN.md describes it: 3–5 adults (4 wanted) with a lead. */
    public static ShiftDraft nightWalk(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        return new ShiftDraft(day, startsAt, endsAt, null, 3, 4, 5, true, true, Set.of(), null, null, null);
    }

    /** The values of an existing shift, to edit. The risk level is carried over only if it was overridden. */
    public static ShiftDraft of(Shift s) {
        return new ShiftDraft(s.day(), s.startsAt(), s.endsAt(), s.groupNo(), s.minSize(), s.peopleNeeded(),
                s.maxSize(), s.leadRequired(), s.adultsOnly(), s.qualifications(),
                s.riskOverridden() ? s.riskLevel() : null, s.status(), s.staffing());
    }

    public ShiftDraft withDay(LocalDate newDay) {
        return new ShiftDraft(newDay, startsAt, endsAt, groupNo, minSize, peopleNeeded, maxSize, leadRequired,
                adultsOnly, qualifications, riskLevel, status, staffing);
    }

    public ShiftDraft withTimes(LocalTime start, LocalTime end) {
        return new ShiftDraft(day, start, end, groupNo, minSize, peopleNeeded, maxSize, leadRequired, adultsOnly,
                qualifications, riskLevel, status, staffing);
    }

    public ShiftDraft withSizes(Integer min, Integer needed, Integer max) {
        return new ShiftDraft(day, startsAt, endsAt, groupNo, min, needed, max, leadRequired, adultsOnly,
                qualifications, riskLevel, status, staffing);
    }

    public ShiftDraft withGroupNo(Integer group) {
        return new ShiftDraft(day, startsAt, endsAt, group, minSize, peopleNeeded, maxSize, leadRequired, adultsOnly,
                qualifications, riskLevel, status, staffing);
    }

    public ShiftDraft withRiskLevel(Integer risk) {
        return new ShiftDraft(day, startsAt, endsAt, groupNo, minSize, peopleNeeded, maxSize, leadRequired,
                adultsOnly, qualifications, risk, status, staffing);
    }

    public ShiftDraft withStatus(ShiftStatus newStatus) {
        return new ShiftDraft(day, startsAt, endsAt, groupNo, minSize, peopleNeeded, maxSize, leadRequired,
                adultsOnly, qualifications, riskLevel, newStatus, staffing);
    }
}
