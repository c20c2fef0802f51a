package se.tryggalov.volunteer;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Narrows a list of volunteers: free text (name, e-mail, phone), organisation, home district, a qualification
 * valid on the day, and status. Null = any.
 */
public record VolunteerFilter(String text, Long organisationId, Long districtId, QualificationKind qualification,
                              VolunteerStatus status) {

    public static final VolunteerFilter ALL = new VolunteerFilter(null, null, null, null, null);

    public boolean matches(Volunteer v, LocalDate today) {
        if (text != null && !text.isBlank()) {
            String needle = text.trim().toLowerCase(Locale.ROOT);
            String digits = needle.replaceAll("[^0-9]", "");
            boolean found = v.name().toLowerCase(Locale.ROOT).contains(needle)
                    || (v.email() != null && v.email().toLowerCase(Locale.ROOT).contains(needle))
                    || (!digits.isEmpty() && v.phone() != null && v.phone().replaceAll("[^0-9]", "").contains(digits));
            if (!found) {
                return false;
            }
        }
        return (organisationId == null || v.memberOf(organisationId))
                && (districtId == null || v.livesIn(districtId))
                && (qualification == null || v.qualifiedOn(qualification, today))
                && (status == null || v.status() == status);
    }
}
