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

/** Fill, trim, replace and rebalance: one seat changes, only with people free that evening. */
class StaffingMovesTest {

    /** A week later, in March: another month and another weekend than {@code FRIDAY}, 26 February. */
    private static final LocalDate NEXT_FRIDAY = FRIDAY.plusDays(7);

    @Test
    void fillAddsSomeoneFreeThatEveningToAGroupShortOfItsNeed() {
        // Alby walks with 1 and 2 and needs three; 4 walks in Fittja; 3 is free
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 4, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 1, 1, 2, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 4));
        List<SeatsMove> moves = f.draws(c -> new StaffingMoves(c).fill());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst())).isEqualTo(Map.of(1L, Set.of(1L, 2L, 3L), 2L, Set.of(4L)));
    }

    @Test
    void fillLeavesAGroupAtItsNeedAndOneBelowItsMinimum() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 4, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 3, 4, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3));
        assertThat(f.draws(c -> new StaffingMoves(c).fill())).isEmpty();
    }

    @Test
    void trimSendsHomeTheBusiestAdultAboveTheNeedButNeverTheOnlyLead() {
        // Alby needs two and has three; 2 walks next Friday too; 1 is the only lead
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 4, true))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 1, 1, 1, false))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .person(person(3, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(1, 3), walks(2, 2));
        List<SeatsMove> moves = f.draws(c -> new StaffingMoves(c).trim());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst()).get(1L)).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void trimNeverSendsHomeSomeoneFixed() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 4, true))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 1, 1, 1, false))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .person(person(3, false, FRIDAY))
                .fixed(1, 2)
                .build(), walks(1, 1), walks(1, 3), walks(2, 2));
        List<SeatsMove> moves = f.draws(c -> new StaffingMoves(c).trim());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst()).get(1L)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void trimFindsNothingWhereNoGroupIsAboveItsNeed() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 3, 4, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(1, 3));
        assertThat(f.draws(c -> new StaffingMoves(c).trim())).isEmpty();
    }

    @Test
    void replaceGivesAPlaceToSomeoneFreeAndALeadsPlaceOnlyToALead() {
        // Alby: 1 (lead) and 2; free that evening: 3, and 4 who is a lead
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, true, FRIDAY))
                .build(), walks(1, 1), walks(1, 2));
        List<SeatsMove> moves = f.draws(c -> new StaffingMoves(c).replace());
        assertThat(moves.stream().map(m -> f.doAndUndo(m).get(1L)).toList())
                .containsExactlyInAnyOrder(Set.of(1L, 3L), Set.of(1L, 4L), Set.of(4L, 2L));
    }

    @Test
    void replaceFindsNothingWhenNobodyIsFreeThatEvening() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 1, 1, 3, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3));
        assertThat(f.draws(c -> new StaffingMoves(c).replace())).isEmpty();
    }

    @Test
    void rebalanceGivesAPlaceOfSomeoneWhoWalksTwiceToSomeoneWhoDoesNotWalk() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 1, 1, 1, false))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 1, 1, 1, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .build(), walks(1, 1), walks(2, 1));
        List<SeatsMove> moves = f.draws(c -> new StaffingMoves(c).rebalance());
        assertThat(moves.stream().map(f::doAndUndo).toList()).containsExactlyInAnyOrder(
                Map.of(1L, Set.of(2L), 2L, Set.of(1L)), Map.of(1L, Set.of(1L), 2L, Set.of(2L)));
    }

    @Test
    void rebalanceLeavesEvenlySharedNightsAndFixedPlacesAlone() {
        MoveFixture even = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 1, 1, 1, false))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 1, 1, 1, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .person(person(3, false, FRIDAY, NEXT_FRIDAY))
                .build(), walks(1, 1), walks(2, 2));
        assertThat(even.draws(c -> new StaffingMoves(c).rebalance())).as("one night each").isEmpty();

        MoveFixture fixed = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 1, 1, 1, false))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 1, 1, 1, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .fixed(1, 1)
                .fixed(2, 1)
                .build());
        assertThat(fixed.draws(c -> new StaffingMoves(c).rebalance())).as("both of 1's nights are fixed").isEmpty();
    }
}
