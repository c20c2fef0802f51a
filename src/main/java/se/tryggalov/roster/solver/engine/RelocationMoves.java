package se.tryggalov.roster.solver.engine;

import java.util.List;
import java.util.Random;

/**
 * One person changes groups: to a free seat of another group they could take (relocate), or pulled from their group
 * into a riskier short one with their old place taken by someone free (pull), a chain a single move cannot make
 * without a worse step.
 */
final class RelocationMoves {

    private final MoveContext context;
    private final RosterPlan plan;
    private final Random random;
    private final Occupancy occupancy;

    RelocationMoves(MoveContext context) {
        this.context = context;
        this.plan = context.plan;
        this.random = context.random;
        this.occupancy = context.occupancy;
    }

    /** One person from their group to a free seat in another group they could take. */
    SeatsMove relocate() {
        Seat seat = context.randomOccupied();
        if (seat == null) {
            return null;
        }
        PersonFact p = seat.person;
        int[] options = context.candidateShifts[p.index];
        if (options.length < 2) {
            return null;
        }
        ShiftFact to = plan.shifts.get(options[random.nextInt(options.length)]);
        if (to == seat.shift || !occupancy.canTake(p, to, seat.shift)) {
            return null;
        }
        for (Seat target : context.seatsByShift.get(to.index)) {
            if (target.person == null && !target.pinned) {
                return new SeatsMove("relocate", new Seat[] {seat, target}, new PersonFact[] {null, p});
            }
        }
        return null;
    }

    /**
     * A group short of its need (or one adult from walking) gets someone who walks elsewhere and has no night
     * left for it (their limits or the evening), and their old place goes to someone free that evening when
     * the old group would otherwise fall short.
     */
    SeatsMove pull() {
        ShiftFact shift = context.randomShift();
        int adults = occupancy.adults[shift.index];
        if (adults >= shift.peopleNeeded || adults + 1 < shift.minSize) {
            return null;
        }
        Seat free = null;
        for (Seat seat : context.seatsByShift.get(shift.index)) {
            if (seat.person == null && !seat.pinned) {
                free = seat;
                break;
            }
        }
        if (free == null || free.candidates.isEmpty()) {
            return null;
        }
        boolean needsLead = shift.leadRequired && occupancy.leads[shift.index] == 0;
        List<PersonFact> pool = free.candidates;
        int n = pool.size();
        int offset = random.nextInt(n);
        for (int k = 0; k < Math.min(n, 24); k++) {
            PersonFact p = pool.get((offset + k) % n);
            if (!p.adult || needsLead && !p.isLeadFor(shift) || occupancy.nights(p) == 0
                    || Occupancy.inGroup(context.groupOf(shift), p)) {
                continue;
            }
            ShiftFact[] walks = occupancy.shiftsOf(p);
            ShiftFact from = walks[random.nextInt(occupancy.nights(p))];
            Seat old = context.seatOf(from, p);
            if (old == null || from.riskWeight > shift.riskWeight || !occupancy.canTake(p, shift, from)) {
                continue;
            }
            PersonFact backfill = null;
            if (occupancy.adults[from.index] - 1 < from.peopleNeeded) {
                boolean leadNeeded = from.leadRequired && p.isLeadFor(from) && occupancy.leads[from.index] == 1;
                backfill = context.freePerson(from, true, old.candidates);
                if (backfill == p || backfill != null && leadNeeded && !backfill.isLeadFor(from)) {
                    backfill = null;
                }
                if (backfill == null && (leadNeeded || occupancy.adults[from.index] - 1 < from.minSize)) {
                    continue;
                }
            }
            return new SeatsMove("pull", new Seat[] {old, free}, new PersonFact[] {backfill, p});
        }
        return null;
    }
}
