package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.RosterProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-built roster with a real (Bavet) score director, for testing the group moves one kind at a time: draw a
 * kind with many seeds, do each move found, look at the roster it made, and undo it.
 */
final class MoveFixture {

    private static final InnerScoreDirectorFactory<RosterPlan, HardMediumSoftLongScore> SCORING =
            ((DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(SearchConfig.base()))
                    .getScoreDirectorFactory();

    final RosterPlan plan;
    private final InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> scoreDirector;

    /** The problem's fixed assignments on pinned seats, {@code roster} on the next free seats. */
    MoveFixture(RosterProblem problem, PlannedAssignment... roster) {
        plan = PlanBuilder.build(problem, List.of(roster));
        scoreDirector = SCORING.buildScoreDirector(false, false);
        scoreDirector.setWorkingSolution(plan);
    }

    InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> scoreDirector() {
        return scoreDirector;
    }

    static PlannedAssignment walks(long shiftId, long personId) {
        return new PlannedAssignment(shiftId, personId);
    }

    /** The person with other limits on nights a month and a weekend. */
    static ProblemPerson limits(ProblemPerson p, int month, int weekend) {
        return new ProblemPerson(p.id(), p.name(), p.organisationIds(), p.homeDistrictIds(), p.gender(), p.adult(),
                p.youthWalker(), p.experienced(), p.paidStaff(), p.qualifications(), month, weekend,
                p.availability());
    }

    /** What the families see as a step starts: who walks where now, and a random of the given seed. */
    MoveContext context(long seed) {
        return new MoveContext(plan, new MoveContext.Structure(plan), new Occupancy(plan), new Random(seed));
    }

    /**
     * The moves one kind proposes in 200 draws with seeds of their own on the roster as it stands (nothing is done
     * between draws), each move once. The seeds come from a random: the first numbers of {@link Random}s with
     * consecutive seeds are alike.
     */
    List<SeatsMove> draws(Function<MoveContext, SeatsMove> kind) {
        List<SeatsMove> moves = new ArrayList<>();
        Random seeds = new Random(42);
        for (int draw = 0; draw < 200; draw++) {
            SeatsMove move = kind.apply(context(seeds.nextLong()));
            if (move != null && !moves.contains(move)) {
                moves.add(move);
            }
        }
        return moves;
    }

    /**
     * Does the move and undoes it, and returns the roster the move made (shift id to person ids). Fails when the
     * move is not doable, touches a pinned seat or moves a fixed person, or when its undo does not give back the
     * exact roster (every seat's person) and score from before.
     */
    Map<Long, Set<Long>> doAndUndo(SeatsMove move) {
        assertThat(move.getPlanningEntities()).as("seats of %s", move)
                .noneMatch(seat -> ((Seat) seat).pinned);
        assertThat(move.isMoveDoable(scoreDirector)).as("%s is doable", move).isTrue();
        PersonFact[] before = seats();
        HardMediumSoftLongScore scoreBefore = scoreDirector.calculateScore();

        Move<RosterPlan> undo = move.doMove(scoreDirector);
        Map<Long, Set<Long>> after = roster();
        PersonFact[] done = seats();
        for (int i = 0; i < before.length; i++) {
            if (plan.seats.get(i).pinned) {
                assertThat(done[i]).as("fixed seat %s after %s", plan.seats.get(i), move).isSameAs(before[i]);
            }
        }
        assertThat(scoreDirector.calculateScore()).as("incremental score after %s", move).isEqualTo(fromScratch());

        assertThat(undo.isMoveDoable(scoreDirector)).isTrue();
        undo.doMove(scoreDirector);
        assertThat(seats()).as("every seat after undoing %s", move).containsExactly(before);
        assertThat(scoreDirector.calculateScore()).as("score after undoing %s", move).isEqualTo(scoreBefore);
        assertThat(fromScratch()).isEqualTo(scoreBefore);
        return after;
    }

    /** Shift id to the ids of the people on it, every shift listed. */
    Map<Long, Set<Long>> roster() {
        Map<Long, Set<Long>> byShift = new TreeMap<>();
        plan.shifts.forEach(s -> byShift.put(s.id, new TreeSet<>()));
        for (Seat seat : plan.seats) {
            if (seat.person != null) {
                byShift.get(seat.shift.id).add(seat.person.id());
            }
        }
        return byShift;
    }

    /** How many nights each person walks, by id. */
    static Map<Long, Integer> nights(Map<Long, Set<Long>> roster) {
        Map<Long, Integer> nights = new TreeMap<>();
        roster.values().forEach(people -> people.forEach(p -> nights.merge(p, 1, Integer::sum)));
        return nights;
    }

    private PersonFact[] seats() {
        return plan.seats.stream().map(s -> s.person).toArray(PersonFact[]::new);
    }

    private HardMediumSoftLongScore fromScratch() {
        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> fresh = SCORING.buildScoreDirector(false, false)) {
            fresh.setWorkingSolution(plan);
            return fresh.calculateScore();
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(seats());
    }
}
