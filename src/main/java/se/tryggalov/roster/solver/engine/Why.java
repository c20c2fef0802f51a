package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import java.util.List;

/** Why a constraint matched: the shift and person concerned (when about one) and the message arguments. */
public record Why(Long shiftId, Long personId, List<Object> args) implements ConstraintJustification, Comparable<Why> {

    public Why {
        args = List.copyOf(args);
    }

    static Why of(ShiftFact shift, PersonFact person, Object... args) {
        return new Why(shift == null ? null : shift.id, person == null ? null : person.id, List.of(args));
    }

    @Override
    public int compareTo(Why o) {
        int c = compareNullable(shiftId, o.shiftId);
        if (c != 0) {
            return c;
        }
        c = compareNullable(personId, o.personId);
        return c != 0 ? c : args.toString().compareTo(o.args.toString());
    }

    private static int compareNullable(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return Long.compare(a, b);
    }
}
