package se.tryggalov.roster.solver.engine;

import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.RosterProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the plain records into the planning model and a planned roster back into plain assignments. */
public final class PlanBuilder {

    private PlanBuilder() {
    }

    /**
     * The planning model: one seat per place in each group (maxSize, more if more people are fixed there), fixed
     * assignments on pinned seats, then {@code initial} (published or hand-edited) on the next free seats.
     */
    public static RosterPlan build(RosterProblem problem, Collection<PlannedAssignment> initial) {
        return build(problem, initial, false);
    }

    /**
     * As above; with {@code lenient} an initial assignment naming a person or shift not in the problem is dropped
     * (re-planning from a published roster after someone left) instead of refused.
     */
    public static RosterPlan build(RosterProblem problem, Collection<PlannedAssignment> initial, boolean lenient) {
        List<ShiftFact> shifts = new ArrayList<>();
        Map<Long, ShiftFact> shiftById = new HashMap<>();
        for (ProblemShift s : problem.shifts()) {
            ShiftFact fact = new ShiftFact(shifts.size(), s);
            if (shiftById.put(s.id(), fact) != null) {
                throw new IllegalArgumentException("Shift " + s.id() + " appears twice");
            }
            shifts.add(fact);
        }
        Map<Long, Integer> members = new HashMap<>();
        for (ProblemPerson p : problem.people()) {
            p.organisationIds().forEach(o -> members.merge(o, 1, Integer::sum));
        }
        Map<Long, OrgFact> orgs = new LinkedHashMap<>();
        members.keySet().stream().sorted().forEach(o -> orgs.put(o, new OrgFact(o, members.get(o))));
        List<PersonFact> people = new ArrayList<>();
        Map<Long, PersonFact> personById = new HashMap<>();
        Map<LocalDate, List<PersonFact>> availableOn = new HashMap<>();
        for (ProblemPerson p : problem.people()) {
            List<OrgFact> own = p.organisationIds().stream().sorted().map(orgs::get).toList();
            PersonFact fact = new PersonFact(people.size(), p, own, problem.settings());
            if (personById.put(p.id(), fact) != null) {
                throw new IllegalArgumentException("Person " + p.id() + " appears twice");
            }
            people.add(fact);
            fact.availability.keySet().forEach(d -> availableOn.computeIfAbsent(d, k -> new ArrayList<>()).add(fact));
        }

        people.forEach(p -> p.precompute(shifts));
        Map<ShiftFact, List<PersonFact>> fixed = group(problem.fixed(), shiftById, personById, false);
        Map<ShiftFact, List<PersonFact>> start = group(initial, shiftById, personById, lenient);
        List<Seat> seats = new ArrayList<>();
        for (ShiftFact shift : shifts) {
            List<PersonFact> candidates = availableOn.getOrDefault(shift.evening, List.of()).stream()
                    .filter(p -> p.couldTake(shift)).toList();
            List<PersonFact> pinned = fixed.getOrDefault(shift, List.of());
            List<PersonFact> wanted = new ArrayList<>(start.getOrDefault(shift, List.of()));
            wanted.removeAll(pinned);
            int size = Math.max(shift.maxSize, pinned.size() + wanted.size());
            for (int position = 0; position < size; position++) {
                Seat seat = new Seat(seats.size(), shift, position, candidates);
                PersonFact person = position < pinned.size() ? pinned.get(position)
                        : position - pinned.size() < wanted.size() ? wanted.get(position - pinned.size()) : null;
                if (person != null) {
                    seat.person = person;
                    seat.pinned = position < pinned.size();
                    if (!candidates.contains(person)) {
                        List<PersonFact> own = new ArrayList<>(candidates);
                        own.add(person);
                        seat.candidates = own;
                    }
                }
                seats.add(seat);
            }
        }
        List<PublishedFact> published = new ArrayList<>();
        group(problem.published(), shiftById, personById, true)
                .forEach((shift, ps) -> ps.forEach(p -> published.add(new PublishedFact(shift, p))));
        return new RosterPlan(shifts, people, List.copyOf(orgs.values()), published, seats,
                RosterWeights.from(problem.settings()));
    }

    /** Assignments by shift; with {@code skipUnknown} an assignment of a person or shift no longer in the problem
     * (someone who left, a cancelled shift) is dropped instead of refused. */
    private static Map<ShiftFact, List<PersonFact>> group(Collection<PlannedAssignment> assignments,
                                                          Map<Long, ShiftFact> shifts, Map<Long, PersonFact> people,
                                                          boolean skipUnknown) {
        Map<ShiftFact, List<PersonFact>> byShift = new LinkedHashMap<>();
        Set<PlannedAssignment> seen = new HashSet<>();
        for (PlannedAssignment a : assignments) {
            ShiftFact shift = shifts.get(a.shiftId());
            PersonFact person = people.get(a.personId());
            if ((shift == null || person == null) && skipUnknown) {
                continue;
            }
            if (shift == null || person == null) {
                throw new IllegalArgumentException("Assignment " + a + " names an unknown "
                        + (shift == null ? "shift" : "person"));
            }
            if (seen.add(a)) {
                byShift.computeIfAbsent(shift, k -> new ArrayList<>()).add(person);
            }
        }
        return byShift;
    }

    /** The roster as plain assignments, sorted by shift and person. */
    public static List<PlannedAssignment> assignments(RosterPlan plan) {
        Set<PlannedAssignment> result = new LinkedHashSet<>();
        for (Seat seat : plan.seats) {
            if (seat.person != null) {
                result.add(new PlannedAssignment(seat.shift.id, seat.person.id));
            }
        }
        return result.stream().sorted(Comparator.comparingLong(PlannedAssignment::shiftId)
                .thenComparingLong(PlannedAssignment::personId)).toList();
    }

    /** Covered share of the risk-weighted need: a group below its minimum does not walk and covers nothing. */
    public static double coveredShare(RosterPlan plan) {
        int[] adults = new int[plan.shifts.size()];
        for (Seat seat : plan.seats) {
            if (seat.hasAdult()) {
                adults[seat.shift.index]++;
            }
        }
        long covered = 0;
        long needed = 0;
        for (ShiftFact shift : plan.shifts) {
            needed += shift.peopleNeeded * shift.riskWeight;
            covered += (shift.peopleNeeded - RosterConstraints.missing(shift, adults[shift.index])) * shift.riskWeight;
        }
        return needed == 0 ? 1.0 : (double) covered / needed;
    }
}
