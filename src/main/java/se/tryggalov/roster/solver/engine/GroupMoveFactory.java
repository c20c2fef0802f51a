package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that change a whole group at once, which single-seat moves cannot do without passing through a group below
 * its minimum: open an empty group with enough free people (and a lead), close a group, move a whole group to
 * another district the same evening, move one person to another group; and two single-seat moves that, unlike
 * OptaPlanner's change move, only propose people free that evening and within their limits: add someone to a
 * group short of its need, replace someone. Random selection only.
 */
public class GroupMoveFactory implements MoveIteratorFactory<RosterPlan, SeatsMove> {

    private RosterPlan structuresOf;
    private List<List<Seat>> seatsByShift;
    private int[][] sameEvening;
    private int[][] candidateShifts;
    private BitSet[] candidates;

    @Override
    public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().seats.size();
    }

    @Override
    public Iterator<SeatsMove> createOriginalMoveIterator(ScoreDirector<RosterPlan> scoreDirector) {
        throw new UnsupportedOperationException("Group moves are for random selection only");
    }

    @Override
    public Iterator<SeatsMove> createRandomMoveIterator(ScoreDirector<RosterPlan> scoreDirector, Random random) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        if (structuresOf != plan) {
            buildStructures(plan);
        }
        return new Moves(plan, random);
    }

    private void buildStructures(RosterPlan plan) {
        structuresOf = plan;
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

    private final class Moves implements Iterator<SeatsMove> {

        private final RosterPlan plan;
        private final Random random;
        private Occupancy occupancy;
        private List<Seat> occupiedSeats;

        Moves(RosterPlan plan, Random random) {
            this.plan = plan;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public SeatsMove next() {
            if (occupancy == null) {
                occupancy = new Occupancy(plan);
                occupiedSeats = new ArrayList<>();
                for (Seat seat : plan.seats) {
                    if (seat.person != null && !seat.pinned) {
                        occupiedSeats.add(seat);
                    }
                }
            }
            for (int attempt = 0; attempt < 20; attempt++) {
                double r = random.nextDouble();
                SeatsMove move = r < 0.25 ? open() : r < 0.30 ? close() : r < 0.45 ? moveGroup()
                        : r < 0.70 ? relocate() : r < 0.85 ? fill() : replace();
                if (move != null) {
                    return move;
                }
            }
            return new SeatsMove("none", new Seat[0], new PersonFact[0]);
        }

        private ShiftFact randomShift() {
            return plan.shifts.get(random.nextInt(plan.shifts.size()));
        }

        /** Staff a group below its minimum up to its need with free people, a lead first if one is required. */
        private SeatsMove open() {
            ShiftFact shift = randomShift();
            int adults = occupancy.adults[shift.index];
            if (adults >= shift.minSize) {
                return null;
            }
            List<Seat> free = new ArrayList<>();
            List<PersonFact> group = new ArrayList<>();
            for (Seat seat : seatsByShift.get(shift.index)) {
                if (seat.person != null) {
                    group.add(seat.person);
                } else if (!seat.pinned) {
                    free.add(seat);
                }
            }
            int target = shift.minSize + random.nextInt(shift.peopleNeeded - shift.minSize + 1);
            int wanted = Math.min(free.size(), target - adults);
            if (adults + wanted < shift.minSize) {
                return null;
            }
            List<PersonFact> pool = new ArrayList<>();
            for (PersonFact p : free.getFirst().candidates) {
                if (p.adult && !Occupancy.inGroup(group, p) && occupancy.canTake(p, shift, null)) {
                    pool.add(p);
                }
            }
            if (adults + pool.size() < shift.minSize) {
                return null;
            }
            List<PersonFact> chosen = new ArrayList<>();
            if (shift.leadRequired && occupancy.leads[shift.index] == 0) {
                List<PersonFact> leads = pool.stream().filter(p -> p.isLeadFor(shift)).toList();
                if (leads.isEmpty()) {
                    return null;
                }
                PersonFact lead = pick(leads, shift);
                chosen.add(lead);
                pool.remove(lead);
            }
            while (chosen.size() < wanted && !pool.isEmpty()) {
                PersonFact p = pick(pool, shift);
                chosen.add(p);
                pool.remove(p);
            }
            if (adults + chosen.size() < shift.minSize) {
                return null;
            }
            return SeatsMove.of("open", free.subList(0, chosen.size()), chosen);
        }

        /** The cheapest of three random people, so fair choices are likelier without being certain. */
        private PersonFact pick(List<PersonFact> pool, ShiftFact shift) {
            PersonFact best = null;
            long bestCost = Long.MAX_VALUE;
            for (int k = 0; k < 3; k++) {
                PersonFact p = pool.get(random.nextInt(pool.size()));
                long cost = GroupConstruction.cost(p, shift, occupancy, true);
                if (cost < bestCost) {
                    best = p;
                    bestCost = cost;
                }
            }
            return best;
        }

        private SeatsMove close() {
            if (occupiedSeats.isEmpty()) {
                return null;
            }
            ShiftFact shift = occupiedSeats.get(random.nextInt(occupiedSeats.size())).shift;
            List<Seat> seats = new ArrayList<>();
            for (Seat seat : seatsByShift.get(shift.index)) {
                if (seat.person != null && !seat.pinned) {
                    seats.add(seat);
                }
            }
            List<PersonFact> none = new ArrayList<>();
            seats.forEach(s -> none.add(null));
            return SeatsMove.of("close", seats, none);
        }

        /** Everyone of one group to an empty group the same evening (another district, maybe a riskier one). */
        private SeatsMove moveGroup() {
            if (occupiedSeats.isEmpty()) {
                return null;
            }
            ShiftFact from = occupiedSeats.get(random.nextInt(occupiedSeats.size())).shift;
            int[] others = sameEvening[from.index];
            if (others.length == 0) {
                return null;
            }
            ShiftFact to = plan.shifts.get(others[random.nextInt(others.length)]);
            if (occupancy.occupied[to.index] > 0) {
                return null;
            }
            List<Seat> fromSeats = new ArrayList<>();
            for (Seat seat : seatsByShift.get(from.index)) {
                if (seat.person != null && !seat.pinned) {
                    fromSeats.add(seat);
                }
            }
            List<Seat> toSeats = seatsByShift.get(to.index).stream().filter(s -> !s.pinned).toList();
            if (toSeats.size() < fromSeats.size()) {
                return null;
            }
            boolean lead = !to.leadRequired;
            for (Seat seat : fromSeats) {
                if (!candidates[to.index].get(seat.person.index)) {
                    return null;
                }
                lead |= seat.person.isLeadFor(to);
            }
            if (!lead) {
                return null;
            }
            List<Seat> seats = new ArrayList<>(fromSeats);
            List<PersonFact> values = new ArrayList<>();
            fromSeats.forEach(s -> values.add(null));
            for (int i = 0; i < fromSeats.size(); i++) {
                seats.add(toSeats.get(i));
                values.add(fromSeats.get(i).person);
            }
            return SeatsMove.of("moveGroup", seats, values);
        }

        /** Someone free that evening to a group that walks but is short of its need. */
        private SeatsMove fill() {
            ShiftFact shift = randomShift();
            if (occupancy.adults[shift.index] < shift.minSize || occupancy.adults[shift.index] >= shift.peopleNeeded) {
                return null;
            }
            return toFreeSeat(shift, null);
        }

        /** Someone in a group swapped for someone free that evening who could take the place. */
        private SeatsMove replace() {
            if (occupiedSeats.isEmpty()) {
                return null;
            }
            Seat seat = occupiedSeats.get(random.nextInt(occupiedSeats.size()));
            PersonFact p = freePerson(seat.shift, seat.person.adult, seat.candidates);
            if (p == null || (seat.person.isLeadFor(seat.shift) && !p.isLeadFor(seat.shift))) {
                return null;
            }
            return new SeatsMove("replace", new Seat[] {seat}, new PersonFact[] {p});
        }

        private SeatsMove toFreeSeat(ShiftFact shift, PersonFact person) {
            for (Seat seat : seatsByShift.get(shift.index)) {
                if (seat.person == null && !seat.pinned) {
                    PersonFact p = person != null ? person : freePerson(shift, true, seat.candidates);
                    return p == null ? null : new SeatsMove("fill", new Seat[] {seat}, new PersonFact[] {p});
                }
            }
            return null;
        }

        /** The best of a few random candidates who are free that evening and within their limits, or null. */
        private PersonFact freePerson(ShiftFact shift, boolean adult, List<PersonFact> candidates) {
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

        /** One person from their group to a free seat in another group they could take. */
        private SeatsMove relocate() {
            if (occupiedSeats.isEmpty()) {
                return null;
            }
            Seat seat = occupiedSeats.get(random.nextInt(occupiedSeats.size()));
            PersonFact p = seat.person;
            int[] options = candidateShifts[p.index];
            if (options.length < 2) {
                return null;
            }
            ShiftFact to = plan.shifts.get(options[random.nextInt(options.length)]);
            if (to == seat.shift || !occupancy.canTake(p, to, seat.shift)) {
                return null;
            }
            for (Seat target : seatsByShift.get(to.index)) {
                if (target.person == null && !target.pinned) {
                    return new SeatsMove("relocate", new Seat[] {seat, target}, new PersonFact[] {null, p});
                }
            }
            return null;
        }
    }
}
