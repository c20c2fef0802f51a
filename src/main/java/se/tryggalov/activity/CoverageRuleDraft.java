package se.tryggalov.activity;

import se.tryggalov.place.VenueKind;
import se.tryggalov.volunteer.QualificationKind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a coordinator enters for a coverage rule; see {@link CoverageRule}. {@code weekdays} empty = every day;
 * {@code lateFromRisk} and {@code lateEndsAt} both or neither.
 */
public record CoverageRuleDraft(String name, ActivityType type, Purpose purpose, Long organisationId, int minRisk,
                                Set<DayOfWeek> weekdays, boolean inBreaksOnly, DistrictScope scope,
                                VenueKind venueKind, Set<Long> districtIds, Integer groupsPerPlace,
                                LocalTime startsAt, LocalTime endsAt, Integer lateFromRisk, LocalTime lateEndsAt,
                                int minSize, int peopleNeeded, int maxSize, boolean leadRequired,
                                boolean adultsOnly, Set<QualificationKind> qualifications, Staffing staffing,
                                boolean active) {

    public CoverageRuleDraft {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
    }
}
