package se.tryggalov.volunteer;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to a profile by a coordinator or partner contact: every field of the profile. {@code organisationIds}
 * null = keep the organisations (partner contacts cannot move people between organisations). {@code status}
 * is ACTIVE or PAUSED, or null to keep it. {@code version}/{@code accountVersion} as read.
 */
public record VolunteerEdit(String name, String email, String phone, boolean adultConfirmed, boolean youthWalker,
                            LocalDate guardianConsentOn, Integer birthYear, LocalDate recordExtractShownOn,
                            Gender gender, List<String> languages, Integer maxNightsPerMonth,
                            Integer maxNightsPerWeekend, VolunteerStatus status, List<Long> organisationIds,
                            List<Long> districtIds, List<Qualification> qualifications, int version,
                            int accountVersion) {

    /** An edit that changes nothing, to start from. */
    public static VolunteerEdit of(Volunteer v) {
        return new VolunteerEdit(v.name(), v.email(), v.phone(), v.adultConfirmed(), v.youthWalker(),
                v.guardianConsentOn(), v.birthYear(), v.recordExtractShownOn(), v.gender(), v.languages(),
                v.maxNightsPerMonth(), v.maxNightsPerWeekend(), v.status().choosable() ? v.status() : null,
                v.organisations().stream().map(NamedRef::id).toList(), v.districts().stream().map(NamedRef::id).toList(),
                v.qualifications(), v.version(), v.accountVersion());
    }
}
