package se.tryggalov.roster;

import java.util.Set;

/**
 * Who is on a shift as the coverage views need it, and no more: how many people (proposed or confirmed), how many
 * of them confirmed, and the group's lead (the first person on it holding a valid lead qualification that evening)
 * with the phone their profile gives for the evening, and the organisations the lead belongs to (so a partner
 * contact is shown only their own organisation's lead). Lead fields are null when the group has no lead yet.
 */
public record ShiftCrew(long shiftId, int people, int confirmed, Long leadUserId, String leadName, String leadPhone,
                        Set<Long> leadOrganisationIds, String meetingPoint) {

    public ShiftCrew {
        leadOrganisationIds = leadOrganisationIds == null ? Set.of() : Set.copyOf(leadOrganisationIds);
    }

    public boolean hasLead() {
        return leadUserId != null;
    }
}
