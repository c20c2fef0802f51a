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

/** Open, close and moveGroup: the moves that change a whole group at once. */
class WholeGroupMovesTest {

    private static final LocalDate NEXT_FRIDAY = FRIDAY.plusDays(7);

    @Test
    void openStaffsAGroupBelowItsMinimumWithALeadFirstUpToItsNeed() {
        // Alby needs two with a lead; 1 is the only lead
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .build());
        List<SeatsMove> moves = f.draws(c -> new WholeGroupMoves(c).open());
        assertThat(moves).isNotEmpty();
        for (SeatsMove move : moves) {
            Set<Long> alby = f.doAndUndo(move).get(1L);
            assertThat(alby).hasSize(2).contains(1L);
        }
    }

    @Test
    void openCompletesAGroupAroundItsFixedMemberWithoutMovingThem() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .fixed(1, 2)
                .build());
        List<SeatsMove> moves = f.draws(c -> new WholeGroupMoves(c).open());
        assertThat(moves).isNotEmpty();
        for (SeatsMove move : moves) {
            assertThat(f.doAndUndo(move).get(1L)).containsExactlyInAnyOrder(1L, 2L);
        }
    }

    @Test
    void openLeavesAGroupThatWalksAloneAndOneThatCannotGetALead() {
        MoveFixture walking = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2));
        assertThat(walking.draws(c -> new WholeGroupMoves(c).open())).as("already at its minimum").isEmpty();
        MoveFixture noLead = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, true))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .build());
        assertThat(noLead.draws(c -> new WholeGroupMoves(c).open())).as("nobody free is a lead").isEmpty();
    }

    @Test
    void closeSendsHomeEveryoneWhoIsNotFixed() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 4, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .fixed(1, 3)
                .build(), walks(1, 1), walks(1, 2));
        List<SeatsMove> moves = f.draws(c -> new WholeGroupMoves(c).close());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst()).get(1L)).containsExactly(3L);
    }

    @Test
    void closeFindsNothingWhereOnlyFixedPeopleWalk() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 4, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .fixed(1, 1)
                .fixed(1, 2)
                .build());
        assertThat(f.draws(c -> new WholeGroupMoves(c).close())).isEmpty();
    }

    @Test
    void moveGroupTakesAWholeGroupToAnEmptyGroupAllOfThemCouldWalk() {
        // 1 and 2 walk in Alby; Fittja the same evening and Alby a week later are empty
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 2, 2, 2, 3, true))
                .shift(shift(2, FRIDAY, FITTJA, 5, 2, 2, 3, true))
                .shift(shift(3, NEXT_FRIDAY, ALBY, 4, 2, 2, 3, true))
                .person(person(1, true, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .build(), walks(1, 1), walks(1, 2));
        List<SeatsMove> moves = f.draws(c -> new WholeGroupMoves(c).moveGroup());
        assertThat(moves).hasSize(2);
        for (SeatsMove move : moves) {
            Map<Long, Set<Long>> after = f.doAndUndo(move);
            assertThat(after.get(1L)).isEmpty();
            assertThat(after.values()).containsOnlyOnce(Set.of(1L, 2L));
        }
    }

    @Test
    void moveGroupNeverJoinsAGroupThatWalksNorLeavesAFixedMemberAlone() {
        MoveFixture occupied = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 2, 2, 2, 3, true))
                .shift(shift(2, FRIDAY, FITTJA, 5, 2, 2, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, true, FRIDAY))
                .person(person(4, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3), walks(2, 4));
        assertThat(occupied.draws(c -> new WholeGroupMoves(c).moveGroup())).isEmpty();

        // the lead is fixed in Alby: without them the others have no lead for Fittja
        MoveFixture fixedLead = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 2, 2, 2, 3, true))
                .shift(shift(2, FRIDAY, FITTJA, 5, 2, 2, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .fixed(1, 1)
                .build(), walks(1, 2), walks(1, 3));
        assertThat(fixedLead.draws(c -> new WholeGroupMoves(c).moveGroup())).isEmpty();
    }

    @Test
    void moveGroupLeavesTheFixedMemberBehindWhenTheOthersNeedNoLead() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 2, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 5, 2, 2, 3, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .fixed(1, 1)
                .build(), walks(1, 2), walks(1, 3));
        List<SeatsMove> moves = f.draws(c -> new WholeGroupMoves(c).moveGroup());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst())).isEqualTo(Map.of(1L, Set.of(1L), 2L, Set.of(2L, 3L)));
    }
}
