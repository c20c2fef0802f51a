package se.tryggalov.activity;

import se.tryggalov.volunteer.QualificationKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A shift's stored values, checked: what the repository writes. */
record ShiftValues(LocalDate day, LocalTime startsAt, LocalTime endsAt, int groupNo, int minSize, int peopleNeeded,
                   int maxSize, boolean leadRequired, boolean adultsOnly, Set<QualificationKind> qualifications,
                   int riskLevel, boolean riskOverridden, ShiftStatus status, Staffing staffing, String ruleKey) {

    ShiftValues {
        qualifications = Set.copyOf(qualifications);
    }

    ShiftValues withStatus(ShiftStatus newStatus) {
        return new ShiftValues(day, startsAt, endsAt, groupNo, minSize, peopleNeeded, maxSize, leadRequired,
                adultsOnly, qualifications, riskLevel, riskOverridden, newStatus, staffing, ruleKey);
    }

    ShiftValues withRisk(int level, boolean overridden) {
        return new ShiftValues(day, startsAt, endsAt, groupNo, minSize, peopleNeeded, maxSize, leadRequired,
                adultsOnly, qualifications, level, overridden, status, staffing, ruleKey);
    }

    ShiftValues withTimes(LocalTime start, LocalTime end) {
        return new ShiftValues(day, start, end, groupNo, minSize, peopleNeeded, maxSize, leadRequired, adultsOnly,
                qualifications, riskLevel, riskOverridden, status, staffing, ruleKey);
    }

    ShiftValues withDayAndKey(LocalDate newDay, String key) {
        return new ShiftValues(newDay, startsAt, endsAt, groupNo, minSize, peopleNeeded, maxSize, leadRequired,
                adultsOnly, qualifications, riskLevel, riskOverridden, status, staffing, key);
    }
}
