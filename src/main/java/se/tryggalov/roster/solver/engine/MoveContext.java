package se.tryggalov.roster.solver.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the group move families share within one step: the roster, who walks where as the step started, the step's
 * random, the roster's fixed structure ({@link Structure}) and the helpers several families use. The families draw
 * from the same random in a fixed order, so a seed gives the same search.
 */
final class MoveContext {

    final RosterPlan plan;
    final Random random;
    final Occupancy occupancy;
    final List<List<Seat>> seatsByShift;
    final int[][] sameEvening;
    final int[][] candidateShifts;
    final BitSet[] candidates;

    MoveContext(RosterPlan plan, Structure structure, Occupancy occupancy, Random random) {
        this.plan = plan;
        this.random = random;
        this.occupancy = occupancy;
        this.seatsByShift = structure.seatsByShift;
        this.sameEvening = structure.sameEvening;
        this.candidateShifts = structure.candidateShifts;
        this.candidates = structure.candidates;
    }

    /**
     * What does not change while a roster is solved: the seats of each shift, the other shifts of its evening, the
     * people who could take a seat of a shift that is not pinned, and the shifts each person could take.
     */
    static final class Structure {

        final List<List<Seat>> seatsByShift;
        final int[][] sameEvening;
        final int[][] candidateShifts;
        final BitSet[] candidates;

        Structure(RosterPlan plan) {
            seatsByShift = GroupConstruction.seatsByShift(plan);
            int n = plan.shifts.size();
            Map<java.time.LocalDate, List<Integer>> byEvening = new HashMap<>();
            plan.shifts.forEach(s -> byEvening.computeIfAbsent(s.evening, k -> new ArrayList<>()).add(s.index));
            sameEvening = new int[n][];
            candidates = new BitSet[n];
            List<List<Integer>> shiftsOfPerson = new ArrayList<>();
            plan.people.forEach(p -> shiftsOfPerson.add(new ArrayList<>()));
            for (ShiftFact s : plan.shifts) {
                sameEvening[s.index] = byEvening.get(s.evening).stream().filter(i -> i != s.index)
                        .mapToInt(Integer::intValue).toArray();
                BitSet set = new BitSet(plan.people.size());
                for (Seat seat : seatsByShift.get(s.index)) {
                    if (!seat.pinned) {
                        seat.candidates.forEach(p -> set.set(p.index));
                    }
                }
                candidates[s.index] = set;
                set.stream().forEach(p -> shiftsOfPerson.get(p).add(s.index));
            }
            candidateShifts = shiftsOfPerson.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }
    }

    /** A random seat someone sits on who may be moved, or null when a few tries find none. */
    Seat randomOccupied() {
        for (int k = 0; k < 16; k++) {
            Seat seat = plan.seats.get(random.nextInt(plan.seats.size()));
            if (seat.person != null && !seat.pinned) {
                return seat;
            }
        }
        return null;
    }

    ShiftFact randomShift() {
        return plan.shifts.get(random.nextInt(plan.shifts.size()));
    }

    /** The best of a few random candidates who are free that evening and within their limits, or null. */
    PersonFact freePerson(ShiftFact shift, boolean adult, List<PersonFact> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        PersonFact best = null;
        long bestCost = Long.MAX_VALUE;
        for (int k = 0; k < 6; k++) {
            PersonFact p = candidates.get(random.nextInt(candidates.size()));
            if (p.adult == adult && occupancy.canTake(p, shift, null)) {
                long cost = GroupConstruction.cost(p, shift, occupancy, true);
                if (cost < bestCost) {
                    best = p;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    List<PersonFact> groupOf(ShiftFact shift) {
        List<PersonFact> group = new ArrayList<>();
        for (Seat seat : seatsByShift.get(shift.index)) {
            if (seat.person != null) {
                group.add(seat.person);
            }
        }
        return group;
    }

    /** The seat the person holds in the shift, or null when they hold none or hold a pinned one. */
    Seat seatOf(ShiftFact shift, PersonFact person) {
        for (Seat seat : seatsByShift.get(shift.index)) {
            if (seat.person == person) {
                return seat.pinned ? null : seat;
            }
        }
        return null;
    }
}
