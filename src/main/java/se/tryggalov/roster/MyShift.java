package se.tryggalov.roster;

import java.time.LocalDate;
import java.time.LocalTime;

/** A published shift a volunteer is confirmed on, as their own list shows it. */
public record MyShift(long shiftId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String districtName,
                      String activityTitle, String meetingPoint, int groupNo) {
}
