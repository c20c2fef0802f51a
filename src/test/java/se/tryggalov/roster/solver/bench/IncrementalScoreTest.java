package se.tryggalov.roster.solver.bench;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.engine.PlanBuilder;
import se.tryggalov.roster.solver.engine.RosterPlan;
import se.tryggalov.roster.solver.engine.SearchConfig;
import se.tryggalov.roster.solver.engine.SolverEngine;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group and person tallies keep the score incrementally; OptaPlanner's full assert recalculates it from scratch
 * after every move (and its undo) and fails on the first difference. The sportlov instance has paid staff, youth
 * walkers, leads, limits and genders, so every tally path is taken.
 */
class IncrementalScoreTest {

    @Test
    void theIncrementalScoreEqualsTheScoreFromScratchAfterEveryMove() {
        RosterProblem problem = InstanceGenerator.instance("break");
        SearchConfig search = new SearchConfig("assert", "GROUPS", "TABU", 7, 40,
                "change,swap,free-change,free-swap,group", null);
        RosterPlan plan = PlanBuilder.build(problem, List.of());
        RosterPlan best = SolverFactory.<RosterPlan>create(search.solverConfig(1, Duration.ofSeconds(6), null)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)).buildSolver().solve(plan);

        List<PlannedAssignment> roster = PlanBuilder.assignments(best);
        RosterSolution fresh = SolverEngine.evaluate(problem, roster);
        assertThat(best.getScore().toString()).isEqualTo(fresh.score());
        assertThat(fresh.hard()).isZero();
        assertThat(roster).hasSizeGreaterThan(50);

        // re-planning from that roster as published: every move that takes someone out costs keepPublished
        RosterProblem replan = new RosterProblem(problem.name(), problem.shifts(), problem.people(), List.of(),
                roster, problem.settings());
        RosterPlan again = SolverFactory.<RosterPlan>create(search.solverConfig(2, Duration.ofSeconds(4), null)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)).buildSolver()
                .solve(PlanBuilder.build(replan, replan.published(), true));
        RosterSolution replanned = SolverEngine.evaluate(replan, PlanBuilder.assignments(again));
        assertThat(again.getScore().toString()).isEqualTo(replanned.score());
        assertThat(replanned.hard()).isZero();
    }
}
