package se.tryggalov.roster.solver.engine;

import java.util.List;
import java.util.Random;

/**
 * Single-seat moves that, unlike OptaPlanner's change move, only propose people free that evening and within their
 * limits: add someone to a group short of its need (fill), replace someone (replace), give the place of someone who
 * walks much to someone who walks little (rebalance), and send home an adult a group does not need (trim).
 */
final class StaffingMoves {

    private final MoveContext context;
    private final Random random;
    private final Occupancy occupancy;

    StaffingMoves(MoveContext context) {
        this.context = context;
        this.random = context.random;
        this.occupancy = context.occupancy;
    }

    /** Someone free that evening to a group that walks but is short of its need. */
    SeatsMove fill() {
        ShiftFact shift = context.randomShift();
        if (occupancy.adults[shift.index] < shift.minSize || occupancy.adults[shift.index] >= shift.peopleNeeded) {
            return null;
        }
        for (Seat seat : context.seatsByShift.get(shift.index)) {
            if (seat.person == null && !seat.pinned) {
                PersonFact p = context.freePerson(shift, true, seat.candidates);
                return p == null ? null : new SeatsMove("fill", new Seat[] {seat}, new PersonFact[] {p});
            }
        }
        return null;
    }

    /** Someone in a group swapped for someone free that evening who could take the place. */
    SeatsMove replace() {
        Seat seat = context.randomOccupied();
        if (seat == null) {
            return null;
        }
        PersonFact p = context.freePerson(seat.shift, seat.person.adult, seat.candidates);
        if (p == null || (seat.person.isLeadFor(seat.shift) && !p.isLeadFor(seat.shift))) {
            return null;
        }
        return new SeatsMove("replace", new Seat[] {seat}, new PersonFact[] {p});
    }

    /**
     * Fairness: of a few random places, the one whose person walks most, given to the free candidate who walks
     * least (a lead only replaced by a lead). Directed where {@link #replace()} is random, so the squares of
     * nights even out in seconds rather than minutes.
     */
    SeatsMove rebalance() {
        Seat seat = null;
        for (int k = 0; k < 4; k++) {
            Seat s = context.randomOccupied();
            if (s == null) {
                return null;
            }
            if (seat == null || occupancy.nights(s.person) > occupancy.nights(seat.person)) {
                seat = s;
            }
        }
        PersonFact current = seat.person;
        boolean needsLead = current.isLeadFor(seat.shift) && seat.shift.leadRequired
                && occupancy.leads[seat.shift.index] == 1;
        List<PersonFact> pool = seat.candidates;
        int n = pool.size();
        if (n < 2) {
            return null;
        }
        long currentCost = GroupConstruction.cost(current, seat.shift, occupancy, !needsLead);
        PersonFact best = null;
        long bestCost = Long.MAX_VALUE;
        int offset = random.nextInt(n);
        for (int k = 0; k < Math.min(n, 48); k++) {
            PersonFact p = pool.get((offset + k) % n);
            if (p == current || p.adult != current.adult || needsLead && !p.isLeadFor(seat.shift)
                    || occupancy.nights(p) + 1 >= occupancy.nights(current)) {
                continue;
            }
            long cost = GroupConstruction.cost(p, seat.shift, occupancy, !needsLead);
            if (cost < bestCost && occupancy.canTake(p, seat.shift, null)) {
                best = p;
                bestCost = cost;
            }
        }
        if (best == null || bestCost >= currentCost) {
            return null;
        }
        return new SeatsMove("rebalance", new Seat[] {seat}, new PersonFact[] {best});
    }

    /**
     * Of a group with more adults than it needs, the one who walks most goes home (keeping the lead): a place
     * above the need covers nothing and costs a night of fairness.
     */
    SeatsMove trim() {
        for (int k = 0; k < 8; k++) {
            Seat any = context.randomOccupied();
            if (any == null) {
                return null;
            }
            ShiftFact shift = any.shift;
            if (occupancy.adults[shift.index] <= shift.peopleNeeded) {
                continue;
            }
            Seat out = null;
            for (Seat seat : context.seatsByShift.get(shift.index)) {
                PersonFact p = seat.person;
                if (p == null || seat.pinned || !p.adult
                        || shift.leadRequired && p.isLeadFor(shift) && occupancy.leads[shift.index] == 1) {
                    continue;
                }
                if (out == null || occupancy.nights(p) > occupancy.nights(out.person)) {
                    out = seat;
                }
            }
            return out == null ? null : new SeatsMove("trim", new Seat[] {out}, new PersonFact[] {null});
        }
        return null;
    }
}
