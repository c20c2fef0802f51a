package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The construction: whole groups at a time, riskiest evenings first. A seat-by-seat construction heuristic cannot
 * build a group that must reach its minimum before it may walk (its first seat alone breaks a hard rule, so it
 * stays empty); this one staffs a group only when it can reach the minimum, with a lead where one is required,
 * choosing the people who have walked least.
 */
public class GroupConstruction implements CustomPhaseCommand<RosterPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        List<List<Seat>> seatsByShift = seatsByShift(plan);
        Occupancy occupancy = repair(scoreDirector, plan, seatsByShift);
        List<ShiftFact> order = new ArrayList<>(plan.shifts);
        order.sort(Comparator.comparingLong((ShiftFact s) -> -s.riskWeight)
                .thenComparingInt(s -> seatsByShift.get(s.index).getFirst().candidates.size())
                .thenComparing(s -> s.evening)
                .thenComparingLong(s -> s.id));
        // first every group that can walk gets its minimum, then the groups are filled up to their need: a night
        // spent on a group's fifth walker may be the one another group needed to walk at all
        for (ShiftFact shift : order) {
            staff(scoreDirector, shift, seatsByShift.get(shift.index), occupancy, shift.minSize);
        }
        for (ShiftFact shift : order) {
            staff(scoreDirector, shift, seatsByShift.get(shift.index), occupancy, shift.peopleNeeded);
        }
        // a group that still cannot walk (too few adults or no lead) is emptied, unless someone is pinned there
        for (ShiftFact shift : plan.shifts) {
            List<Seat> seats = seatsByShift.get(shift.index);
            int adults = occupancy.adults[shift.index];
            boolean broken = adults > 0 && adults < shift.minSize
                    || occupancy.occupied[shift.index] > 0 && shift.leadRequired && occupancy.leads[shift.index] == 0;
            if (broken && seats.stream().noneMatch(seat -> seat.pinned && seat.person != null)) {
                for (Seat seat : seats) {
                    if (seat.person != null) {
                        occupancy.remove(seat.person, shift);
                        assign(scoreDirector, seat, null);
                    }
                }
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /**
     * Takes out of a starting roster (a published one being re-planned) everyone who may no longer stand where
     * they stand: no longer available or qualified, twice that evening, over their limits. Pinned seats stay. The
     * search then starts from a roster without broken rules of its own making, close to the published one.
     */
    private static Occupancy repair(ScoreDirector<RosterPlan> scoreDirector, RosterPlan plan,
                                    List<List<Seat>> seatsByShift) {
        Occupancy occupancy = new Occupancy(new RosterPlan(plan.shifts, plan.people, plan.organisations,
                plan.published, List.of(), plan.weights));
        List<Seat> movable = new ArrayList<>();
        for (Seat seat : plan.seats) {
            if (seat.person != null) {
                if (seat.pinned) {
                    occupancy.add(seat.person, seat.shift);
                } else {
                    movable.add(seat);
                }
            }
        }
        for (Seat seat : movable) {
            if (seat.person.couldTake(seat.shift) && occupancy.canTake(seat.person, seat.shift, null)) {
                occupancy.add(seat.person, seat.shift);
            } else {
                assign(scoreDirector, seat, null);
            }
        }
        return occupancy;
    }

    private static void assign(ScoreDirector<RosterPlan> scoreDirector, Seat seat, PersonFact person) {
        scoreDirector.beforeVariableChanged(seat, "person");
        seat.person = person;
        scoreDirector.afterVariableChanged(seat, "person");
    }

    static List<List<Seat>> seatsByShift(RosterPlan plan) {
        List<List<Seat>> byShift = new ArrayList<>(plan.shifts.size());
        plan.shifts.forEach(s -> byShift.add(new ArrayList<>()));
        plan.seats.forEach(seat -> byShift.get(seat.shift.index).add(seat));
        return byShift;
    }

    private static void staff(ScoreDirector<RosterPlan> scoreDirector, ShiftFact shift, List<Seat> seats,
                              Occupancy occupancy, int upTo) {
        List<Seat> free = new ArrayList<>();
        List<PersonFact> group = new ArrayList<>();
        for (Seat seat : seats) {
            if (seat.person != null) {
                group.add(seat.person);
            } else if (!seat.pinned) {
                free.add(seat);
            }
        }
        int adults = occupancy.adults[shift.index];
        boolean hasLead = occupancy.leads[shift.index] > 0;
        int wanted = Math.min(free.size(), Math.min(upTo, shift.peopleNeeded) - adults);
        if (wanted <= 0 && shift.leadRequired && !hasLead && adults > 0 && !free.isEmpty()) {
            wanted = 1; // a full group without a lead: add one if a seat is left
        }
        if (wanted <= 0) {
            return;
        }
        List<PersonFact> pool = new ArrayList<>();
        for (PersonFact p : seats.getFirst().candidates) {
            if (p.adult && !Occupancy.inGroup(group, p) && p.couldTake(shift) && occupancy.canTake(p, shift, null)) {
                pool.add(p);
            }
        }
        if (adults + Math.min(pool.size(), wanted) < shift.minSize) {
            return;
        }
        pool.sort(Comparator.comparingLong((PersonFact p) -> cost(p, shift, occupancy, hasLead || !shift.leadRequired))
                .thenComparingInt(p -> p.index));
        List<PersonFact> chosen = new ArrayList<>();
        if (shift.leadRequired && !hasLead) {
            PersonFact lead = pool.stream().filter(p -> p.isLeadFor(shift)).findFirst().orElse(null);
            if (lead == null) {
                return;
            }
            chosen.add(lead);
            pool.remove(lead);
        }
        for (PersonFact p : pool) {
            if (chosen.size() >= wanted) {
                break;
            }
            chosen.add(p);
        }
        if (adults + chosen.size() < shift.minSize) {
            return;
        }
        for (int i = 0; i < chosen.size(); i++) {
            assign(scoreDirector, free.get(i), chosen.get(i));
            occupancy.add(chosen.get(i), shift);
        }
    }

    /** What one more night costs this person in soft terms, roughly as the soft constraints count it. */
    static long cost(PersonFact p, ShiftFact shift, Occupancy occupancy, boolean leadCovered) {
        long nights = occupancy.nights(p);
        long cost = 10 * (2 * nights + 1);
        if (shift.riskLevel >= RosterConstraints.HIGH_RISK) {
            cost += 10 * (2L * occupancy.highRiskNights(p) + 1);
        }
        if (!p.isHome(shift)) {
            cost += 5;
        }
        if (leadCovered && p.isLeadFor(shift)) {
            cost += 8; // leads are scarce: keep them for groups that still lack one
        }
        return cost;
    }
}
