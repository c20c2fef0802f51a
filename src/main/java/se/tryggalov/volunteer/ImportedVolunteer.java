package se.tryggalov.volunteer;

import java.util.List;
import java.util.Set;

/** A volunteer's profile as an import file gives it, after the import merged it with what is on record. */
public record ImportedVolunteer(String name, String email, String phone, boolean adult, Short birthYear,
                                Set<Long> organisationIds, Set<Long> districtIds, List<Qualification> qualifications,
                                Set<String> languages, VolunteerStatus status) {

    public ImportedVolunteer {
        organisationIds = Set.copyOf(organisationIds);
        districtIds = Set.copyOf(districtIds);
        qualifications = List.copyOf(qualifications);
        languages = Set.copyOf(languages);
    }
}
