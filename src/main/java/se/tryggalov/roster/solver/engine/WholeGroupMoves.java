package se.tryggalov.roster.solver.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Moves that change a whole group at once, which single-seat moves cannot do without passing through a group below
 * its minimum: open an empty group with enough free people (and a lead), close a group, and move a whole group to
 * another district or evening.
 */
final class WholeGroupMoves {

    private final MoveContext context;
    private final RosterPlan plan;
    private final Random random;
    private final Occupancy occupancy;

    WholeGroupMoves(MoveContext context) {
        this.context = context;
        this.plan = context.plan;
        this.random = context.random;
        this.occupancy = context.occupancy;
    }

    /** Staff a group below its minimum up to its need with free people, a lead first if one is required. */
    SeatsMove open() {
        ShiftFact shift = context.randomShift();
        int adults = occupancy.adults[shift.index];
        if (adults >= shift.minSize) {
            return null;
        }
        List<Seat> free = new ArrayList<>();
        List<PersonFact> group = new ArrayList<>();
        for (Seat seat : context.seatsByShift.get(shift.index)) {
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

    /** Everyone of a group who is not fixed there goes home. */
    SeatsMove close() {
        Seat any = context.randomOccupied();
        if (any == null) {
            return null;
        }
        ShiftFact shift = any.shift;
        List<Seat> seats = new ArrayList<>();
        for (Seat seat : context.seatsByShift.get(shift.index)) {
            if (seat.person != null && !seat.pinned) {
                seats.add(seat);
            }
        }
        List<PersonFact> none = new ArrayList<>();
        seats.forEach(s -> none.add(null));
        return SeatsMove.of("close", seats, none);
    }

    /**
     * Everyone of one group to an empty group, half of the time the same evening (another district, maybe a
     * riskier one), otherwise any evening all of them could take (a riskier evening they had no nights left for).
     */
    SeatsMove moveGroup() {
        Seat picked = context.randomOccupied();
        if (picked == null) {
            return null;
        }
        ShiftFact from = picked.shift;
        int[] others = random.nextBoolean() ? context.sameEvening[from.index]
                : context.candidateShifts[picked.person.index];
        if (others.length == 0) {
            return null;
        }
        ShiftFact to = plan.shifts.get(others[random.nextInt(others.length)]);
        if (to == from || occupancy.occupied[to.index] > 0) {
            return null;
        }
        List<Seat> fromSeats = new ArrayList<>();
        for (Seat seat : context.seatsByShift.get(from.index)) {
            if (seat.person != null && !seat.pinned) {
                fromSeats.add(seat);
            }
        }
        List<Seat> toSeats = context.seatsByShift.get(to.index).stream().filter(s -> !s.pinned).toList();
        if (toSeats.size() < fromSeats.size()) {
            return null;
        }
        boolean sameNight = to.sameEvening(from);
        boolean lead = !to.leadRequired;
        for (Seat seat : fromSeats) {
            if (!context.candidates[to.index].get(seat.person.index)
                    || !sameNight && !occupancy.canTake(seat.person, to, from)) {
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
}
