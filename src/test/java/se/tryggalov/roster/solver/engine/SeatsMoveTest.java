package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.roster.solver.Problems.ALBY;
import static se.tryggalov.roster.solver.Problems.FRIDAY;
import static se.tryggalov.roster.solver.Problems.person;
import static se.tryggalov.roster.solver.Problems.problem;
import static se.tryggalov.roster.solver.Problems.shift;
import static se.tryggalov.roster.solver.engine.MoveFixture.walks;

/** The one move class all group moves build: refused on a fixed seat or when it changes nothing. */
class SeatsMoveTest {

    private final MoveFixture f = new MoveFixture(problem()
            .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
            .person(person(1, false, FRIDAY))
            .person(person(2, false, FRIDAY))
            .person(person(3, false, FRIDAY))
            .fixed(1, 1)
            .build(), walks(1, 2));

    @Test
    void aMoveThatTouchesAFixedSeatIsNotDoable() {
        Seat fixed = seat(0);
        assertThat(fixed.pinned).isTrue();
        SeatsMove move = new SeatsMove("test", new Seat[] {fixed, seat(2)}, new PersonFact[] {null, fixed.person});
        assertThat(move.isMoveDoable(f.scoreDirector())).isFalse();
    }

    @Test
    void aMoveThatChangesNothingIsNotDoable() {
        SeatsMove move = new SeatsMove("test", new Seat[] {seat(1), seat(2)}, new PersonFact[] {seat(1).person, null});
        assertThat(move.isMoveDoable(f.scoreDirector())).isFalse();
    }

    @Test
    void aMoveSetsEverySeatItNamesAndItsUndoRestoresThem() {
        PersonFact three = f.plan.people.get(2);
        SeatsMove move = new SeatsMove("test", new Seat[] {seat(1), seat(2)}, new PersonFact[] {three, seat(1).person});
        assertThat(f.doAndUndo(move)).isEqualTo(Map.of(1L, Set.of(1L, 2L, 3L)));
    }

    private Seat seat(int position) {
        return f.plan.seats.get(position);
    }
}
