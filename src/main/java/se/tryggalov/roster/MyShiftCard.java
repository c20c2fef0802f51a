package se.tryggalov.roster;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One of a volunteer's shifts on their own page: where and when, whom to call, who else walks (first names only),
 * what to bring, the state of their place and what they may do with it now.
 *
 * @param cancelDeadline  until then "Avboka"; after it only "Jag kan inte komma"
 * @param offerExpiresAt  for an OFFERED place: answer before this
 * @param hours           for a past shift: the hours walked (checked in), else the planned hours
 * @param lead            the person leads the group (holds lead training and is confirmed): they check it in
 */
public record MyShiftCard(long assignmentId, int version, long shiftId, LocalDate day, LocalTime startsAt,
                          LocalTime endsAt, String districtName, String activityTitle, int groupNo, String meetingPoint,
                          String venueName, BigDecimal latitude, BigDecimal longitude, String bring,
                          String leadFirstName, String leadPhone, List<String> groupFirstNames,
                          AssignmentStatus status, Integer waitlistPosition, Instant cancelDeadline,
                          Instant offerExpiresAt, boolean past, BigDecimal hours, boolean lead) {

    /** The gathering point on OpenStreetMap, or null without a position. */
    public String mapUrl() {
        if (latitude == null || longitude == null) {
            return null;
        }
        return "https://www.openstreetmap.org/?mlat=" + latitude.toPlainString() + "&mlon=" + longitude.toPlainString()
                + "#map=17/" + latitude.toPlainString() + "/" + longitude.toPlainString();
    }

    /** The lead's phone as a tap-to-call address, or null. */
    public String leadPhoneUrl() {
        return leadPhone == null || leadPhone.isBlank() ? null : "tel:" + leadPhone.replaceAll("[^+0-9]", "");
    }
}
