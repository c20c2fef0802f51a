package se.tryggalov.volunteer;

import java.time.LocalDate;
import java.util.List;

/**
 * A volunteer created in bulk by start-up code (demo data) or an import: the account (username, name, e-mail) and
 * the whole profile. Such accounts get a password nobody knows; the person sets their own through an invitation.
 */
public record NewVolunteer(String username, String name, String email, String phone, boolean adultConfirmed,
                           boolean youthWalker, LocalDate guardianConsentOn, Integer birthYear,
                           LocalDate recordExtractShownOn, Gender gender, List<String> languages,
                           Integer maxNightsPerMonth, Integer maxNightsPerWeekend, VolunteerStatus status,
                           List<Long> organisationIds, List<Long> districtIds, List<Qualification> qualifications) {

    public NewVolunteer {
        languages = languages == null ? List.of() : List.copyOf(languages);
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
        districtIds = districtIds == null ? List.of() : List.copyOf(districtIds);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    VolunteerEdit asEdit() {
        return new VolunteerEdit(name, email, phone, adultConfirmed, youthWalker, guardianConsentOn, birthYear,
                recordExtractShownOn, gender, languages, maxNightsPerMonth, maxNightsPerWeekend,
                status != null && status.choosable() ? status : null, organisationIds, districtIds, qualifications, 0, 0);
    }
}
