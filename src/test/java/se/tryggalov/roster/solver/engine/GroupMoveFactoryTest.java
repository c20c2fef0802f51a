package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;
import se.tryggalov.roster.solver.Problems;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.roster.solver.Problems.ALBY;
import static se.tryggalov.roster.solver.Problems.FITTJA;
import static se.tryggalov.roster.solver.Problems.FRIDAY;
import static se.tryggalov.roster.solver.Problems.person;
import static se.tryggalov.roster.solver.Problems.problem;
import static se.tryggalov.roster.solver.Problems.shift;
import static se.tryggalov.roster.solver.engine.MoveFixture.walks;

/** The factory as the solver uses it: one iterator a step, over a roster that changes between steps. */
class GroupMoveFactoryTest {

    private static final LocalDate NEXT_FRIDAY = FRIDAY.plusDays(7);
    private static final long TUMBA = 3;

    /**
     * Two Fridays, six groups, fourteen people (1-4 leads), two of them fixed: one group above its need, one short of
     * it, one below its minimum and one empty, so that every kind finds something to do.
     */
    private static MoveFixture roster() {
        Problems p = problem()
                .shift(shift(1, FRIDAY, ALBY, 4, 2, 3, 4, true))
                .shift(shift(2, FRIDAY, FITTJA, 3, 2, 2, 3, false))
                .shift(shift(3, FRIDAY, TUMBA, 2, 2, 3, 4, true))
                .shift(shift(4, NEXT_FRIDAY, ALBY, 5, 2, 3, 4, true))
                .shift(shift(5, NEXT_FRIDAY, FITTJA, 3, 2, 2, 3, false))
                .shift(shift(6, NEXT_FRIDAY, TUMBA, 2, 2, 2, 3, false));
        for (long id = 1; id <= 14; id++) {
            p.person(id % 5 == 0 ? person(id, id <= 4, FRIDAY) : person(id, id <= 4, FRIDAY, NEXT_FRIDAY));
        }
        return new MoveFixture(p.fixed(1, 5).fixed(4, 1).build(),
                walks(1, 1), walks(1, 6), walks(1, 7), walks(1, 8), walks(2, 9), walks(3, 3), walks(3, 10),
                walks(4, 2), walks(4, 6), walks(4, 11), walks(5, 12), walks(5, 13));
    }

    @Test
    void everyMoveIsUndoneExactlyAndLeavesTheFixedSeatsAlone() {
        MoveFixture f = roster();
        GroupMoveFactory factory = new GroupMoveFactory();
        Random random = new Random(7);
        Set<String> kinds = new TreeSet<>();
        for (int step = 0; step < 400; step++) {
            Iterator<SeatsMove> moves = factory.createRandomMoveIterator(f.scoreDirector(), random);
            for (int k = 0; k < 5; k++) {
                SeatsMove move = moves.next();
                if (move.isMoveDoable(f.scoreDirector())) {
                    kinds.add(move.getSimpleMoveTypeDescription());
                    f.doAndUndo(move);
                }
            }
        }
        assertThat(kinds).as("every kind was tried").containsExactlyInAnyOrder(Stream.of("open", "close",
                "moveGroup", "relocate", "pull", "fill", "trim", "replace", "rebalance", "exchange", "teammate")
                .map(kind -> "SeatsMove(" + kind + ")").toArray(String[]::new));
    }

    @Test
    void whoWalksWhereFollowsTheRosterFromStepToStep() {
        MoveFixture f = roster();
        GroupMoveFactory factory = new GroupMoveFactory();
        Random random = new Random(3);
        int done = 0;
        for (int step = 0; step < 200; step++) {
            SeatsMove move = factory.createRandomMoveIterator(f.scoreDirector(), random).next();
            assertSameOccupancy(f.plan, f.plan.stepOccupancy, new Occupancy(f.plan));
            if (move.isMoveDoable(f.scoreDirector())) {
                move.doMove(f.scoreDirector());
                done++;
            }
        }
        assertThat(done).as("moves done between steps").isGreaterThan(50);
    }

    private static void assertSameOccupancy(RosterPlan plan, Occupancy kept, Occupancy fresh) {
        for (PersonFact p : plan.people) {
            assertThat(kept.nights(p)).as("nights of %s", p).isEqualTo(fresh.nights(p));
        }
        assertThat(kept.adults).isEqualTo(fresh.adults);
        assertThat(kept.occupied).isEqualTo(fresh.occupied);
        assertThat(kept.leads).isEqualTo(fresh.leads);
    }
}
