package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which shifts a list shows. Every part is optional (null or empty = no restriction) and all parts must hold.
 * {@code breakId} is a calendar item (a break or key date): shifts on the evenings it covers. {@code from} and
 * {@code to} are evenings, both inclusive.
 */
public record ShiftFilter(SchoolYear schoolYear, Long breakId, LocalDate from, LocalDate to, Set<Long> districtIds,
                          Set<Long> organisationIds, Set<ActivityType> types, Set<ShiftStatus> statuses,
                          Long activityId) {

    public ShiftFilter {
        districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ShiftFilter all() {
        return new ShiftFilter(null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    public static ShiftFilter year(SchoolYear year) {
        return all().withSchoolYear(year);
    }

    public static ShiftFilter ofActivity(long activityId) {
        return all().withActivity(activityId);
    }

    public ShiftFilter withSchoolYear(SchoolYear year) {
        return new ShiftFilter(year, breakId, from, to, districtIds, organisationIds, types, statuses, activityId);
    }

    public ShiftFilter withBreak(Long calendarItemId) {
        return new ShiftFilter(schoolYear, calendarItemId, from, to, districtIds, organisationIds, types, statuses,
                activityId);
    }

    public ShiftFilter withDates(LocalDate first, LocalDate last) {
        return new ShiftFilter(schoolYear, breakId, first, last, districtIds, organisationIds, types, statuses,
                activityId);
    }

    public ShiftFilter withDistricts(Set<Long> ids) {
        return new ShiftFilter(schoolYear, breakId, from, to, ids, organisationIds, types, statuses, activityId);
    }

    public ShiftFilter withOrganisations(Set<Long> ids) {
        return new ShiftFilter(schoolYear, breakId, from, to, districtIds, ids, types, statuses, activityId);
    }

    public ShiftFilter withTypes(Set<ActivityType> kinds) {
        return new ShiftFilter(schoolYear, breakId, from, to, districtIds, organisationIds, kinds, statuses,
                activityId);
    }

    public ShiftFilter withStatuses(Set<ShiftStatus> wanted) {
        return new ShiftFilter(schoolYear, breakId, from, to, districtIds, organisationIds, types, wanted,
                activityId);
    }

    public ShiftFilter withActivity(Long id) {
        return new ShiftFilter(schoolYear, breakId, from, to, districtIds, organisationIds, types, statuses, id);
    }
}
