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
 * another district or evening, move one person to another group; and three single-seat moves that, unlike
 * OptaPlanner's change move, only propose people free that evening and within their limits: add someone to a
 * group short of its need, replace someone, give the place of someone who walks much to someone who walks
 * little (rebalance), and send home an adult a group does not need (trim); a chain: someone pulled from
 * their group into a riskier short one, their old place taken by someone free (pull); and two that keep
 * everyone's nights: two people of the same evening change groups (exchange, towards home districts), and someone
 * joins a person they walked with before (teammate, for stable teams). Random selection only.
 */
public class GroupMoveFactory implements MoveIteratorFactory<RosterPlan, SeatsMove> {

    /**
     * How often each kind is tried, cumulated, in the order of {@link Moves#next()}: open 10, close 2, moveGroup 10,
     * relocate 6, pull 6, fill 6, trim 4, replace 6, rebalance 10, exchange 12, teammate 28 (in hundredths). Chosen
     * by benchmark: once the medium level is reached early, what is left at 30 s is mostly stable teams and home
     * districts (bench/README.md).
     */
    private static final double[] MIX = cumulated(10, 2, 10, 6, 6, 6, 4, 6, 10, 12, 28);

    private static double[] cumulated(int... weights) {
        double[] cum = new double[weights.length];
        double total = java.util.Arrays.stream(weights).sum();
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i] / total;
            cum[i] = c;
        }
        return cum;
    }

    private RosterPlan structuresOf;
    private List<List<Seat>> seatsByShift;
    private int[][] sameEvening;
    private int[][] candidateShifts;
    private BitSet[] candidates;
    /** Who sat where when the last step started, so the occupancy follows the roster by its differences only. */
    private Occupancy occupancy;
    private PersonFact[] seen;

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
            occupancy = new Occupancy(plan);
            seen = new PersonFact[plan.seats.size()];
            for (int i = 0; i < seen.length; i++) {
                seen[i] = plan.seats.get(i).person;
            }
        } else {
            for (int i = 0; i < seen.length; i++) {
                Seat seat = plan.seats.get(i);
                if (seat.person != seen[i]) {
                    if (seen[i] != null) {
                        occupancy.remove(seen[i], seat.shift);
                    }
                    if (seat.person != null) {
                        occupancy.add(seat.person, seat.shift);
                    }
                    seen[i] = seat.person;
                }
            }
        }
        plan.stepOccupancy = occupancy;
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
            for (int attempt = 0; attempt < 20; attempt++) {
                double r = random.nextDouble();
                int kind = 0;
                while (kind < MIX.length - 1 && r >= MIX[kind]) {
                    kind++;
                }
                SeatsMove move = switch (kind) {
                    case 0 -> open();
                    case 1 -> close();
                    case 2 -> moveGroup();
                    case 3 -> relocate();
                    case 4 -> pull();
                    case 5 -> fill();
                    case 6 -> trim();
                    case 7 -> replace();
                    case 8 -> rebalance();
                    case 9 -> exchange();
                    default -> teammate();
                };
                if (move != null) {
                    return move;
                }
            }
            return new SeatsMove("none", new Seat[0], new PersonFact[0]);
        }

        /** A random seat someone sits on who may be moved, or null when a few tries find none. */
        private Seat randomOccupied() {
            for (int k = 0; k < 16; k++) {
                Seat seat = plan.seats.get(random.nextInt(plan.seats.size()));
                if (seat.person != null && !seat.pinned) {
                    return seat;
                }
            }
            return null;
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
            Seat any = randomOccupied();
            if (any == null) {
                return null;
            }
            ShiftFact shift = any.shift;
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

        /**
         * Everyone of one group to an empty group, half of the time the same evening (another district, maybe a
         * riskier one), otherwise any evening all of them could take (a riskier evening they had no nights left for).
         */
        private SeatsMove moveGroup() {
            Seat picked = randomOccupied();
            if (picked == null) {
                return null;
            }
            ShiftFact from = picked.shift;
            int[] others = random.nextBoolean() ? sameEvening[from.index] : candidateShifts[picked.person.index];
            if (others.length == 0) {
                return null;
            }
            ShiftFact to = plan.shifts.get(others[random.nextInt(others.length)]);
            if (to == from || occupancy.occupied[to.index] > 0) {
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
            boolean sameNight = to.sameEvening(from);
            boolean lead = !to.leadRequired;
            for (Seat seat : fromSeats) {
                if (!candidates[to.index].get(seat.person.index)
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

        /**
         * Fairness: of a few random places, the one whose person walks most, given to the free candidate who walks
         * least (a lead only replaced by a lead). Directed where {@link #replace()} is random, so the squares of
         * nights even out in seconds rather than minutes.
         */
        private SeatsMove rebalance() {
            Seat seat = null;
            for (int k = 0; k < 4; k++) {
                Seat s = randomOccupied();
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
        private SeatsMove trim() {
            for (int k = 0; k < 8; k++) {
                Seat any = randomOccupied();
                if (any == null) {
                    return null;
                }
                ShiftFact shift = any.shift;
                if (occupancy.adults[shift.index] <= shift.peopleNeeded) {
                    continue;
                }
                Seat out = null;
                for (Seat seat : seatsByShift.get(shift.index)) {
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
            Seat seat = randomOccupied();
            if (seat == null) {
                return null;
            }
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

        /**
         * A group short of its need (or one adult from walking) gets someone who walks elsewhere and has no night
         * left for it (their limits or the evening), and their old place goes to someone free that evening when
         * the old group would otherwise fall short: the chain a single move cannot make without a worse step.
         */
        private SeatsMove pull() {
            ShiftFact shift = randomShift();
            int adults = occupancy.adults[shift.index];
            if (adults >= shift.peopleNeeded || adults + 1 < shift.minSize) {
                return null;
            }
            Seat free = null;
            for (Seat seat : seatsByShift.get(shift.index)) {
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
                        || Occupancy.inGroup(groupOf(shift), p)) {
                    continue;
                }
                ShiftFact[] walks = occupancy.shiftsOf(p);
                ShiftFact from = walks[random.nextInt(occupancy.nights(p))];
                Seat old = seatOf(from, p);
                if (old == null || from.riskWeight > shift.riskWeight || !occupancy.canTake(p, shift, from)) {
                    continue;
                }
                PersonFact backfill = null;
                if (occupancy.adults[from.index] - 1 < from.peopleNeeded) {
                    boolean leadNeeded = from.leadRequired && p.isLeadFor(from) && occupancy.leads[from.index] == 1;
                    backfill = freePerson(from, true, old.candidates);
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

        private List<PersonFact> groupOf(ShiftFact shift) {
            List<PersonFact> group = new ArrayList<>();
            for (Seat seat : seatsByShift.get(shift.index)) {
                if (seat.person != null) {
                    group.add(seat.person);
                }
            }
            return group;
        }

        private Seat seatOf(ShiftFact shift, PersonFact person) {
            for (Seat seat : seatsByShift.get(shift.index)) {
                if (seat.person == person) {
                    return seat.pinned ? null : seat;
                }
            }
            return null;
        }

        /**
         * Two people of two groups the same evening change places: nobody's nights change, but someone walking
         * outside their home district gets home (half of the time the other group is in their home district)
         * and teams mix differently.
         */
        private SeatsMove exchange() {
            Seat seat = randomOccupied();
            if (seat == null) {
                return null;
            }
            int[] others = sameEvening[seat.shift.index];
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
            List<Seat> seats = seatsByShift.get(to.index);
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
        private SeatsMove teammate() {
            Seat seat = randomOccupied();
            if (seat == null || occupancy.nights(seat.person) < 2) {
                return null;
            }
            PersonFact person = seat.person;
            ShiftFact here = seat.shift;
            ShiftFact elsewhere = occupancy.shiftsOf(person)[random.nextInt(occupancy.nights(person))];
            if (elsewhere == here) {
                return null;
            }
            List<PersonFact> mates = groupOf(elsewhere);
            PersonFact mate = mates.get(random.nextInt(mates.size()));
            if (mate == person || !candidates[here.index].get(mate.index)
                    || Occupancy.inGroup(groupOf(here), mate)) {
                return null;
            }
            ShiftFact mateNow = occupancy.onEvening(mate, here);
            Seat mateSeat = mateNow == null ? null : seatOf(mateNow, mate);
            if (mateNow != null && mateSeat == null || mateNow == null && !occupancy.canTake(mate, here, null)) {
                return null;
            }
            List<Seat> seats = seatsByShift.get(here.index);
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
                    && candidates[b.shift.index].get(a.person.index) && candidates[a.shift.index].get(b.person.index)
                    && keepsLead(a, b.person) && keepsLead(b, a.person);
        }

        /** Whether the seat's group still has a lead where one is required once {@code in} takes the seat. */
        private boolean keepsLead(Seat seat, PersonFact in) {
            ShiftFact shift = seat.shift;
            return !shift.leadRequired || in.isLeadFor(shift) || !seat.person.isLeadFor(shift)
                    || occupancy.leads[shift.index] > 1;
        }

        /** One person from their group to a free seat in another group they could take. */
        private SeatsMove relocate() {
            Seat seat = randomOccupied();
            if (seat == null) {
                return null;
            }
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
