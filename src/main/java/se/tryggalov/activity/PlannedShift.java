package se.tryggalov.activity;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One shift in a generation preview: what a rule wants (to create), or an existing shift (to delete, with its
 * {@code shiftId}). {@code venueName} is set for rules with one place per venue.
 */
public record PlannedShift(Long shiftId, LocalDate day, long districtId, String districtName, String venueName,
                           int groupNo, int riskLevel, LocalTime startsAt, LocalTime endsAt) {
}
