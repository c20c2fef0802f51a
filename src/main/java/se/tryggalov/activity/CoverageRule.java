package se.tryggalov.activity;

import se.tryggalov.place.VenueKind;
import se.tryggalov.volunteer.QualificationKind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A coverage rule: "on every evening with risk ≥ {@code minRisk} (on these weekdays, in breaks only if set), put
 * this many groups of this activity type in these places". {@code groupsPerPlace} null takes the groups from the
 * risk table (calendar {@code CoverageDefaults}). On evenings with risk ≥ {@code lateFromRisk} the shifts end at
 * {@code lateEndsAt} instead of {@code endsAt}. {@code districtIds} is used by scope LISTED, {@code venueKind} by
 * scope VENUES (one place per venue of that kind).
 */
public record CoverageRule(long id, String name, ActivityType type, Purpose purpose, Long organisationId,
                           String organisationName, int minRisk, Set<DayOfWeek> weekdays, boolean inBreaksOnly,
                           DistrictScope scope, VenueKind venueKind, Set<Long> districtIds, Integer groupsPerPlace,
                           LocalTime startsAt, LocalTime endsAt, Integer lateFromRisk, LocalTime lateEndsAt,
                           int minSize, int peopleNeeded, int maxSize, boolean leadRequired, boolean adultsOnly,
                           Set<QualificationKind> qualifications, Staffing staffing, boolean active, int sortOrder,
                           int version) {

    public CoverageRule {
        weekdays = Set.copyOf(weekdays);
        districtIds = Set.copyOf(districtIds);
        qualifications = Set.copyOf(qualifications);
    }

    public CoverageRuleDraft draft() {
        return new CoverageRuleDraft(name, type, purpose, organisationId, minRisk, weekdays, inBreaksOnly, scope,
                venueKind, districtIds, groupsPerPlace, startsAt, endsAt, lateFromRisk, lateEndsAt, minSize,
                peopleNeeded, maxSize, leadRequired, adultsOnly, qualifications, staffing, active);
    }
}
