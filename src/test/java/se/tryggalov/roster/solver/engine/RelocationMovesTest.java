package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.roster.solver.Problems.ALBY;
import static se.tryggalov.roster.solver.Problems.FITTJA;
import static se.tryggalov.roster.solver.Problems.FRIDAY;
import static se.tryggalov.roster.solver.Problems.person;
import static se.tryggalov.roster.solver.Problems.problem;
import static se.tryggalov.roster.solver.Problems.shift;
import static se.tryggalov.roster.solver.engine.MoveFixture.walks;

/** Relocate and pull: one person changes groups. */
class RelocationMovesTest {

    private static final LocalDate NEXT_FRIDAY = FRIDAY.plusDays(7);

    @Test
    void relocateMovesOnePersonToAFreeSeatOfAnotherGroup() {
        // Alby is full (three seats), Fittja has a free seat
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 3, 4, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .person(person(5, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(1, 3), walks(2, 4), walks(2, 5));
        List<SeatsMove> moves = f.draws(c -> new RelocationMoves(c).relocate());
        assertThat(moves).hasSize(3);
        for (SeatsMove move : moves) {
            Map<Long, Set<Long>> after = f.doAndUndo(move);
            assertThat(after.get(1L)).hasSize(2);
            assertThat(after.get(2L)).hasSize(3).contains(4L, 5L);
            assertThat(MoveFixture.nights(after)).containsOnlyKeys(1L, 2L, 3L, 4L, 5L).allSatisfy((p, n) ->
                    assertThat(n).isOne());
        }
    }

    @Test
    void relocateNeedsAnotherGroupThePersonCouldTake() {
        // the other group is the next Friday, which nobody said yes to
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 4, false))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 2, 3, 4, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2));
        assertThat(f.draws(c -> new RelocationMoves(c).relocate())).isEmpty();
    }

    @Test
    void pullTakesSomeoneFromALessRiskyGroupIntoAShortOneAndBackfillsTheirPlace() {
        // Alby (risk 2) walks with 1 (fixed) and 2 at its need; Fittja (risk 4) is one short; 5 is free
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 2, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 4, 2, 3, 3, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .person(person(5, false, FRIDAY))
                .fixed(1, 1)
                .build(), walks(1, 2), walks(2, 3), walks(2, 4));
        List<SeatsMove> moves = f.draws(c -> new RelocationMoves(c).pull());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst())).isEqualTo(Map.of(1L, Set.of(1L, 5L), 2L, Set.of(2L, 3L, 4L)));
    }

    @Test
    void pullNeverTakesSomeoneFromARiskierGroup() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 5, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 4, 2, 3, 3, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .person(person(5, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3), walks(2, 4));
        assertThat(f.draws(c -> new RelocationMoves(c).pull())).isEmpty();
    }
}
