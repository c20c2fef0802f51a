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

/** Exchange and teammate: people change groups and nobody's nights change. */
class TeamMovesTest {

    /** A week later, in March: another month and another weekend than {@code FRIDAY}, 26 February. */
    private static final LocalDate NEXT_FRIDAY = FRIDAY.plusDays(7);

    @Test
    void exchangeSwapsTwoPeopleOfTheSameEveningAndKeepsEveryGroupsLead() {
        // Alby: 1 (the only lead) and 2; Fittja: 3 (the only lead) and 4
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, true))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 2, 3, true))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, true, FRIDAY))
                .person(person(4, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3), walks(2, 4));
        List<SeatsMove> moves = f.draws(c -> new TeamMoves(c).exchange());
        assertThat(moves.stream().map(f::doAndUndo).map(r -> r.get(1L)).distinct().toList())
                .containsExactlyInAnyOrder(Set.of(3L, 2L), Set.of(1L, 4L));
    }

    @Test
    void exchangeNeedsAnotherGroupThatEvening() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
                .shift(shift(2, NEXT_FRIDAY, ALBY, 3, 2, 2, 3, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY))
                .person(person(3, false, FRIDAY, NEXT_FRIDAY))
                .person(person(4, false, FRIDAY, NEXT_FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3), walks(2, 4));
        assertThat(f.draws(c -> new TeamMoves(c).exchange())).isEmpty();
    }

    @Test
    void teammateBringsTogetherTwoWhoWalkedTogetherOnAnotherEvening() {
        // 1 and 3 walk together next Friday; this Friday 1 walks in Alby with 2, 3 in Fittja with 4
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 2, 3, false))
                .shift(shift(3, NEXT_FRIDAY, ALBY, 3, 2, 2, 3, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY, NEXT_FRIDAY))
                .person(person(4, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3), walks(2, 4), walks(3, 1), walks(3, 3));
        Map<Long, Integer> nights = MoveFixture.nights(f.roster());
        List<SeatsMove> moves = f.draws(c -> new TeamMoves(c).teammate());
        assertThat(moves).hasSize(2);
        for (SeatsMove move : moves) {
            Map<Long, Set<Long>> after = f.doAndUndo(move);
            assertThat(List.of(after.get(1L), after.get(2L))).containsExactlyInAnyOrder(Set.of(1L, 3L),
                    Set.of(2L, 4L));
            assertThat(MoveFixture.nights(after)).isEqualTo(nights);
        }
    }

    @Test
    void teammateTakesAMembersPlaceWhenTheMateIsFreeThatEvening() {
        MoveFixture f = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
                .shift(shift(3, NEXT_FRIDAY, ALBY, 3, 2, 2, 3, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY, NEXT_FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(3, 1), walks(3, 3));
        List<SeatsMove> moves = f.draws(c -> new TeamMoves(c).teammate());
        assertThat(moves).hasSize(1);
        assertThat(f.doAndUndo(moves.getFirst()).get(1L)).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void teammateNeverMovesAFixedMateAndNeedsSomeoneWhoWalksTwice() {
        MoveFixture fixedMate = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 2, 3, false))
                .shift(shift(3, NEXT_FRIDAY, ALBY, 3, 2, 2, 3, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY, NEXT_FRIDAY))
                .person(person(4, false, FRIDAY))
                .fixed(2, 3)
                .build(), walks(1, 1), walks(1, 2), walks(2, 4), walks(3, 1), walks(3, 3));
        assertThat(fixedMate.draws(c -> new TeamMoves(c).teammate())).as("3 is fixed in Fittja").isEmpty();

        MoveFixture once = new MoveFixture(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 2, 2, 3, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 2, 3, false))
                .person(person(1, false, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY))
                .build(), walks(1, 1), walks(1, 2), walks(2, 3), walks(2, 4));
        assertThat(once.draws(c -> new TeamMoves(c).teammate())).as("everyone walks one night").isEmpty();
    }
}
