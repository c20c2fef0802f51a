package se.tryggalov.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A shift a volunteer may sign up for, as the open-shifts list shows it. {@code leadFirstName} is the first name of
 * a lead already on it (null when none yet); {@code placesLeft} 0 means the waitlist is open; {@code breakTitle} the
 * break or key date its activity belongs to (null when none).
 */
public record OpenShift(long shiftId, LocalDate day, LocalTime startsAt, LocalTime endsAt, long districtId,
                        String districtName, String activityTitle, String meetingPoint, String venueName,
                        BigDecimal latitude, BigDecimal longitude, int riskLevel, int placesLeft, int maxSize,
                        String leadFirstName, Long calendarItemId, String breakTitle, boolean needsApproval) {
}
