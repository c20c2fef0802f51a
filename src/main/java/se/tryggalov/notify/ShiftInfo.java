package se.tryggalov.notify;

import java.time.LocalDate;
import java.time.LocalTime;

/** A shift as a notification names it. */
record ShiftInfo(long shiftId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, String districtName,
                 int groupNo, String meetingPoint, int minSize, int holding) {
}
