package se.tryggalov.volunteer;

import java.util.List;

/**
 * What a volunteer corrects in their own profile: contact details, home districts, the optional languages and
 * gender, personal limits and pause/resume ({@code paused}). Age, qualifications and organisations are kept by
 * their contact.
 */
public record OwnProfileEdit(String name, String email, String phone, List<Long> districtIds, List<String> languages,
                             Gender gender, Integer maxNightsPerMonth, Integer maxNightsPerWeekend, boolean paused,
                             int version, int accountVersion) {

    public static OwnProfileEdit of(Volunteer v) {
        return new OwnProfileEdit(v.name(), v.email(), v.phone(), v.districts().stream().map(NamedRef::id).toList(),
                v.languages(), v.gender(), v.maxNightsPerMonth(), v.maxNightsPerWeekend(),
                v.status() == VolunteerStatus.PAUSED, v.version(), v.accountVersion());
    }
}
