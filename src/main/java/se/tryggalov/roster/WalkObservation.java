package se.tryggalov.roster;

import java.time.LocalDate;

/** One count from a filed walk log, by evening, district and category: what follow-up (issue #18) reads. */
public record WalkObservation(long walkLogId, long shiftId, LocalDate day, long districtId, String districtName,
                              WalkCategory category, int count) {
}
