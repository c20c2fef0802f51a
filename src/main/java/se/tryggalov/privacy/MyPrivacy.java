package se.tryggalov.privacy;

import java.time.OffsetDateTime;

/**
 * What the "my data" page shows the signed-in person: whether they have a volunteer profile, their open removal
 * request (null when none) and the retention periods that apply to everyone.
 */
public record MyPrivacy(boolean volunteer, OffsetDateTime removalRequestedAt, int availabilityMonths,
                        int inactiveProfileMonths, int invitationDays, boolean keepHistory) {
}
