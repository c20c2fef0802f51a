package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Changes several seats at once: opens, closes or moves a whole group, or moves one person between groups. */
final class SeatsMove extends AbstractMove<RosterPlan> {

    static final String VARIABLE = "person";

    private final String kind;
    private final Seat[] seats;
    private final PersonFact[] values;

    SeatsMove(String kind, Seat[] seats, PersonFact[] values) {
        this.kind = kind;
        this.seats = seats;
        this.values = values;
    }

    static SeatsMove of(String kind, List<Seat> seats, List<PersonFact> values) {
        return new SeatsMove(kind, seats.toArray(Seat[]::new), values.toArray(PersonFact[]::new));
    }

    /**
     * The move that puts {@code people} (per shift in shift order; null for a shift left as it is) on the free seats
     * of their shifts: whoever is to stay keeps their seat, the others fill the seats left, and the rest of the seats
     * are emptied. Pinned seats stay as they are.
     */
    static SeatsMove onto(RosterPlan plan, List<List<PersonFact>> people) {
        List<List<Seat>> seatsByShift = GroupConstruction.seatsByShift(plan);
        List<Seat> seats = new ArrayList<>();
        List<PersonFact> values = new ArrayList<>();
        for (ShiftFact s : plan.shifts) {
            List<PersonFact> wanted = people.get(s.index);
            if (wanted == null) {
                continue;
            }
            List<PersonFact> toPlace = new ArrayList<>(wanted);
            List<Seat> open = new ArrayList<>();
            for (Seat seat : seatsByShift.get(s.index)) {
                if (seat.pinned || seat.person != null && toPlace.remove(seat.person)) {
                    continue; // pinned, or stays on the same seat
                }
                open.add(seat);
            }
            for (Seat seat : open) {
                PersonFact next = toPlace.isEmpty() ? null : toPlace.removeFirst();
                if (seat.person != next) {
                    seats.add(seat);
                    values.add(next);
                }
            }
        }
        return of("cp-sat", seats, values);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RosterPlan> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < seats.length; i++) {
            if (seats[i].pinned) {
                return false;
            }
            changes |= seats[i].person != values[i];
        }
        return changes;
    }

    @Override
    protected AbstractMove<RosterPlan> createUndoMove(ScoreDirector<RosterPlan> scoreDirector) {
        PersonFact[] old = new PersonFact[seats.length];
        for (int i = 0; i < seats.length; i++) {
            old[i] = seats[i].person;
        }
        return new SeatsMove(kind, seats, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RosterPlan> scoreDirector) {
        for (int i = 0; i < seats.length; i++) {
            if (seats[i].person != values[i]) {
                scoreDirector.beforeVariableChanged(seats[i], VARIABLE);
                seats[i].person = values[i];
                scoreDirector.afterVariableChanged(seats[i], VARIABLE);
            }
        }
    }

    @Override
    public SeatsMove rebase(ScoreDirector<RosterPlan> destination) {
        Seat[] s = new Seat[seats.length];
        PersonFact[] v = new PersonFact[values.length];
        for (int i = 0; i < seats.length; i++) {
            s[i] = destination.lookUpWorkingObject(seats[i]);
            v[i] = values[i] == null ? null : destination.lookUpWorkingObject(values[i]);
        }
        return new SeatsMove(kind, s, v);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SeatsMove(" + kind + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return Arrays.asList(seats);
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<PersonFact> list = new ArrayList<>();
        for (PersonFact v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatsMove m && kind.equals(m.kind) && Arrays.equals(seats, m.seats)
                && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(seats), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(seats) + "->" + Arrays.toString(values);
    }
}
