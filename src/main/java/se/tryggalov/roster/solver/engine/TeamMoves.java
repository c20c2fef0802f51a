package se.tryggalov.roster.solver.engine;

import java.util.List;
import java.util.Random;

/**
 * Moves that keep everyone's nights: two people of the same evening change groups (exchange, towards home
 * districts), and someone joins a person they walked with before (teammate, for stable teams).
 */
final class TeamMoves {

    private final MoveContext context;
    private final RosterPlan plan;
    private final Random random;
    private final Occupancy occupancy;

    TeamMoves(MoveContext context) {
        this.context = context;
        this.plan = context.plan;
        this.random = context.random;
        this.occupancy = context.occupancy;
    }

    /**
     * Two people of two groups the same evening change places: nobody's nights change, but someone walking
     * outside their home district gets home (half of the time the other group is in their home district)
     * and teams mix differently.
     */
    SeatsMove exchange() {
        Seat seat = context.randomOccupied();
        if (seat == null) {
            return null;
        }
        int[] others = context.sameEvening[seat.shift.index];
        if (others.length == 0) {
            return null;
        }
        ShiftFact to = null;
        if (!seat.person.isHome(seat.shift) && random.nextBoolean()) {
            for (int k = 0, n = others.length, o = random.nextInt(n); k < n; k++) {
                ShiftFact s = plan.shifts.get(others[(o + k) % n]);
                if (occupancy.occupied[s.index] > 0 && seat.person.isHome(s)) {
                    to = s;
                    break;
                }
            }
        }
        if (to == null) {
            to = plan.shifts.get(others[random.nextInt(others.length)]);
        }
        List<Seat> seats = context.seatsByShift.get(to.index);
        int n = seats.size();
        for (int k = 0, o = random.nextInt(n); k < n; k++) {
            Seat other = seats.get((o + k) % n);
            if (other.person != null && !other.pinned && changeable(seat, other)) {
                return new SeatsMove("exchange", new Seat[] {seat, other},
                        new PersonFact[] {other.person, seat.person});
            }
        }
        return null;
    }

    /**
     * Stable teams: someone who walked with this person on another evening joins their group this evening,
     * changing places with a member of it when they walk elsewhere this evening, or taking a member's place
     * when they are free.
     */
    SeatsMove teammate() {
        Seat seat = context.randomOccupied();
        if (seat == null || occupancy.nights(seat.person) < 2) {
            return null;
        }
        PersonFact person = seat.person;
        ShiftFact here = seat.shift;
        ShiftFact elsewhere = occupancy.shiftsOf(person)[random.nextInt(occupancy.nights(person))];
        if (elsewhere == here) {
            return null;
        }
        List<PersonFact> mates = context.groupOf(elsewhere);
        PersonFact mate = mates.get(random.nextInt(mates.size()));
        if (mate == person || !context.candidates[here.index].get(mate.index)
                || Occupancy.inGroup(context.groupOf(here), mate)) {
            return null;
        }
        ShiftFact mateNow = occupancy.onEvening(mate, here);
        Seat mateSeat = mateNow == null ? null : context.seatOf(mateNow, mate);
        if (mateNow != null && mateSeat == null || mateNow == null && !occupancy.canTake(mate, here, null)) {
            return null;
        }
        List<Seat> seats = context.seatsByShift.get(here.index);
        int n = seats.size();
        for (int k = 0, o = random.nextInt(n); k < n; k++) {
            Seat out = seats.get((o + k) % n);
            if (out == seat || out.person == null || out.pinned || out.person.adult != mate.adult
                    || !keepsLead(out, mate)) {
                continue;
            }
            if (mateSeat == null) {
                return new SeatsMove("teammate", new Seat[] {out}, new PersonFact[] {mate});
            }
            if (changeable(out, mateSeat)) {
                return new SeatsMove("teammate", new Seat[] {out, mateSeat},
                        new PersonFact[] {mate, out.person});
            }
        }
        return null;
    }

    /** Whether the people of two seats the same evening could take each other's places. */
    private boolean changeable(Seat a, Seat b) {
        return a.shift != b.shift && a.person.adult == b.person.adult
                && context.candidates[b.shift.index].get(a.person.index)
                && context.candidates[a.shift.index].get(b.person.index)
                && keepsLead(a, b.person) && keepsLead(b, a.person);
    }

    /** Whether the seat's group still has a lead where one is required once {@code in} takes the seat. */
    private boolean keepsLead(Seat seat, PersonFact in) {
        ShiftFact shift = seat.shift;
        return !shift.leadRequired || in.isLeadFor(shift) || !seat.person.isLeadFor(shift)
                || occupancy.leads[shift.index] > 1;
    }
}
