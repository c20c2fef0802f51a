package se.tryggalov.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A volunteer's profile: the minimal data of DOMAIN.md "Data protection". Name and e-mail live in the account,
 * the rest in the profile; {@code version} and {@code accountVersion} are the two optimistic-lock versions an edit
 * must send back.
 */
public record Volunteer(long userId, String username, String name, String email, String phone,
                        boolean adultConfirmed, boolean youthWalker, LocalDate guardianConsentOn, Integer birthYear,
                        LocalDate recordExtractShownOn, Gender gender, List<String> languages,
                        Integer maxNightsPerMonth, Integer maxNightsPerWeekend, VolunteerStatus status,
                        boolean enabled, List<NamedRef> organisations, List<NamedRef> districts,
                        List<Qualification> qualifications, OffsetDateTime lastActiveAt, OffsetDateTime createdAt,
                        int version, int accountVersion) {

    public Volunteer {
        languages = List.copyOf(languages);
        organisations = List.copyOf(organisations);
        districts = List.copyOf(districts);
        qualifications = List.copyOf(qualifications);
    }

    public Optional<Qualification> qualification(QualificationKind kind) {
        return qualifications.stream().filter(q -> q.kind() == kind).findFirst();
    }

    /** Holds this qualification, not expired, on the day. */
    public boolean qualifiedOn(QualificationKind kind, LocalDate day) {
        return qualification(kind).filter(q -> q.validOn(day)).isPresent();
    }

    public boolean memberOf(long organisationId) {
        return organisations.stream().anyMatch(o -> o.id() == organisationId);
    }

    public boolean livesIn(long districtId) {
        return districts.stream().anyMatch(d -> d.id() == districtId);
    }
}
