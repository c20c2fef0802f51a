package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.roster.solver.RosterJson;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.SolveOptions;
import se.tryggalov.roster.solver.bench.FreshInstances;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solve against the exact reference (issue #23) on small problems. CP-SAT ends by its deterministic time or by
 * proving the optimum, the local search by evaluation count: the same result on any machine, however loaded.
 */
class ExactMediumTest {

    /** Evaluated moves of the local search after the exact phase. */
    private static final long EVALUATIONS = 20_000;
    /** CP-SAT's deterministic time for the reference (it proves these in well under a second of it). */
    private static final double REFERENCE_TIME = -20;

    private static RosterProblem instance(String name) throws Exception {
        return RosterJson.readProblem(Path.of("bench/instances/" + name + ".json"));
    }

    private static RosterProblem fresh(String name) {
        return FreshInstances.generate(FreshInstances.KINDS.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow());
    }

    private static RosterSolution solve(RosterProblem problem) {
        return SolverEngine.solveForEvaluations(problem, new SolveOptions(null, 1L, () -> false), EVALUATIONS, null,
                SearchConfig.DEFAULT, solver -> { });
    }

    /** The CP-SAT model against an exhaustive search scored by the project's own constraints (independent of it). */
    @ParameterizedTest
    @ValueSource(strings = {"tiny", "tiny2"})
    void theModelsOptimumIsTheExhaustiveSearchsOptimum(String name) throws Exception {
        RosterProblem problem = instance(name);
        CpSatReference.Reference reference = CpSatReference.of(problem, REFERENCE_TIME, 1);
        assertThat(reference.proven()).isTrue();
        assertThat(reference.score()).startsWith("0hard/");
        assertThat(reference.optimum()).isEqualTo(ExactReference.optimum(problem).mediumScore());
    }

    /**
     * The solve reaches the proven optimum of the medium level: fresh problems with groups, leads, youth walkers,
     * limits, paid staff under the rest rules and fixed assignments (one of them on an evening the person did not
     * say yes to).
     */
    @ParameterizedTest
    @ValueSource(strings = {"f40-a", "f40-b", "f40-c", "f47-paid", "f90-d"})
    void theSolveReachesTheProvenOptimumOfTheMediumLevel(String name) {
        RosterProblem problem = fresh(name);
        CpSatReference.Reference reference = CpSatReference.of(problem, REFERENCE_TIME, 1);
        assertThat(reference.proven()).isTrue();
        RosterSolution solution = solve(problem);
        assertThat(solution.hard()).isEqualTo(Long.parseLong(reference.score().split("hard")[0]));
        assertThat(solution.medium()).isEqualTo(reference.optimum());
        assertThat(reference.bound()).isEqualTo(reference.optimum());
    }

    /** Fixed people stay where they are through the exact phase. */
    @Test
    void fixedAssignmentsStay() {
        RosterProblem problem = fresh("f90-d");
        RosterSolution solution = solve(problem);
        assertThat(problem.fixed()).isNotEmpty();
        assertThat(solution.assignments()).containsAll(problem.fixed());
    }
}
