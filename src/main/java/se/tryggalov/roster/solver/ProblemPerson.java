package se.tryggalov.roster.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person who could be rostered. {@code qualifications} maps a qualification name to the last date it is
 * valid (null = no expiry; obtained on or before the evening). {@code gender} is FEMALE, MALE, NON_BINARY or null
 * when not told. {@code experienced} = has walked before or is a walk leader (new walkers should walk with
 * experienced ones).
 * {@code paidStaff} = working-time rest rules apply. Limits are null when the person set none (the municipality's
 * defaults in {@link SolverSettings} apply).
 */
public record ProblemPerson(long id, String name, Set<Long> organisationIds, Set<Long> homeDistrictIds,
                            String gender, boolean adult, boolean youthWalker, boolean experienced,
                            boolean paidStaff, Map<String, LocalDate> qualifications, Integer maxNightsPerMonth,
                            Integer maxNightsPerWeekend, List<AvailableWindow> availability) {

    public ProblemPerson {
        organisationIds = Set.copyOf(organisationIds);
        homeDistrictIds = Set.copyOf(homeDistrictIds);
        // not Map.copyOf: a null expiry date (valid for ever) is a legitimate value
        qualifications = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(qualifications));
        availability = List.copyOf(availability);
    }

    /** The same person, free only in the given windows. */
    public ProblemPerson withAvailability(List<AvailableWindow> windows) {
        return new ProblemPerson(id, name, organisationIds, homeDistrictIds, gender, adult, youthWalker, experienced,
                paidStaff, qualifications, maxNightsPerMonth, maxNightsPerWeekend, windows);
    }
}
