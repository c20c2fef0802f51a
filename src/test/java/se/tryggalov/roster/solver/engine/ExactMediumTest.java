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
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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

    /** The exact reference of {@code problem}, which must prove its optimum. */
    private static CpSatReference.Reference provenReference(RosterProblem problem) {
        CpSatReference.Reference reference = CpSatReference.of(problem, REFERENCE_TIME, 1);
        assertThat(reference.proven()).as("the reference proves the optimum").isTrue();
        return reference;
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
        CpSatReference.Reference reference = provenReference(problem);
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
        CpSatReference.Reference reference = provenReference(problem);
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

    /** The scarce year of the outside check: CP-SAT needs seconds to prove its optimum (-850). */
    private static RosterPlan scarceYear() {
        assertThat(ExactMedium.available()).as("OR-tools' natives load").isTrue();
        return PlanBuilder.build(fresh("f300-b"), List.of(), true);
    }

    private static BitSet everyShift(RosterPlan plan) {
        BitSet all = new BitSet();
        all.set(0, plan.shifts.size());
        return all;
    }

    /**
     * The model built beside the construction, on the plan before anyone is placed, and hinted with the roster
     * afterwards, is the model built on that roster: the same variables, constraints, objective and hint (the
     * helper variables' hints derived from the roster: groups that walk, leads missing, paid staff's weekly rest).
     */
    @ParameterizedTest
    @ValueSource(strings = {"f47-paid", "f90-d"})
    void aModelBuiltBeforeTheConstructionIsTheModelBuiltOnItsRoster(String name) {
        assertThat(ExactMedium.available()).as("OR-tools' natives load").isTrue();
        RosterProblem problem = fresh(name);
        RosterPlan empty = PlanBuilder.build(problem, List.of(), true);
        ExactMedium.Model early = ExactMedium.structure(empty, everyShift(empty));
        RosterSolution solved = solve(problem);
        List<se.tryggalov.roster.solver.PlannedAssignment> roster = solved.assignments().stream()
                .filter(a -> !problem.fixed().contains(a)).toList();
        RosterPlan staffed = PlanBuilder.build(problem, roster, true);
        var after = ExactMedium.build(staffed, everyShift(staffed)).proto();
        var before = early.hintedFrom(staffed).proto();
        assertThat(early.hintedMedium()).as("the hint is the roster, by the project's score").isEqualTo(solved.medium());
        assertThat(after.getSolutionHint().getValuesList()).contains(1L).contains(0L);
        assertThat(before.getSolutionHint()).isEqualTo(after.getSolutionHint());
        assertThat(before).isEqualTo(after);
        assertThat(ExactMedium.build(empty, everyShift(empty)).proto().getSolutionHint())
                .as("the empty plan's hint is another").isNotEqualTo(after.getSolutionHint());
    }

    /**
     * Beside the search CP-SAT first works on one worker (issue #23). When that step has not proved the optimum (here
     * cut off after a hundredth of a deterministic second), both workers go on from its roster and prove it; when it
     * has, they are not started.
     */
    @ParameterizedTest
    @ValueSource(strings = {"f47-paid", "f90-d"})
    void bothWorkersFollowOnlyWhenOneDidNotProveTheOptimum(String name) {
        RosterProblem problem = fresh(name);
        CpSatReference.Reference reference = provenReference(problem);
        RosterPlan plan = PlanBuilder.build(problem, List.of(), true);
        ExactMedium.Budget both = new ExactMedium.Budget(30, 0, 2, null, System.nanoTime() + 30_000_000_000L);

        ExactMedium.Model model = ExactMedium.build(plan, everyShift(plan));
        ExactMedium.Result first = model.firstStep(new ExactMedium.Budget(0, 0.01, 2, null), 30);
        assertThat(first == null || !first.optimal()).as("one worker cut off").isTrue();
        assertThat(ExactMedium.Model.needsSecondStep(both, first)).isTrue();
        ExactMedium.Result cut = model.secondStep(both, first);
        assertThat(cut.steps()).as("then both").isEqualTo(2);
        assertThat(cut.optimal()).isTrue();
        assertThat(cut.medium()).isEqualTo(reference.optimum());
        assertThat(cut.bound()).isEqualTo(reference.optimum());

        ExactMedium.Result alone = ExactMedium.build(plan, everyShift(plan))
                .firstStep(new ExactMedium.Budget(0, 20, 2, null), 30);
        assertThat(ExactMedium.Model.needsSecondStep(both, alone)).as("one worker proved it").isFalse();
        assertThat(alone.steps()).isEqualTo(1);
        assertThat(alone.optimal()).isTrue();
        assertThat(alone.medium()).isEqualTo(reference.optimum());
    }

    /** The stop button pressed before the exact phase: CP-SAT does not start. */
    @Test
    void aStopBeforeTheExactPhaseStartsNoSearch() {
        RosterPlan plan = scarceYear();
        AtomicInteger asked = new AtomicInteger();
        ExactMedium.Result r = ExactMedium.solve(plan, everyShift(plan),
                new ExactMedium.Budget(0, 60, 1, () -> asked.incrementAndGet() > 0), 0.2);
        assertThat(asked).hasPositiveValue();
        assertThat(r).isNull();
    }

    /**
     * The stop button pressed as CP-SAT starts: it stops instead of running its whole budget (left alone, it proves
     * this year's optimum).
     */
    @Test
    void aStopPressedAsCpSatStartsEndsIt() {
        RosterPlan plan = scarceYear();
        AtomicInteger asked = new AtomicInteger();
        ExactMedium.Result r = ExactMedium.solve(plan, everyShift(plan),
                new ExactMedium.Budget(0, 60, 1, () -> asked.incrementAndGet() > 1), 0.2);
        assertThat(asked.get()).isGreaterThan(1);
        assertThat(r == null || !r.optimal()).as("CP-SAT stopped before proving anything").isTrue();
    }

    /**
     * A solve whose deadline has passed (a slow construction used the time) gives CP-SAT 50 ms, not three quarters
     * of the limit, so the solve ends at its limit.
     */
    @Test
    void aPassedDeadlineLeavesCpSatAlmostNoTime() {
        RosterPlan plan = scarceYear();
        ExactMedium.Budget late = new ExactMedium.Budget(7.5, 0, 2, null, System.nanoTime() - 1);
        assertThat(late.secondsLeft()).isZero();
        ExactMedium.Result r = ExactMedium.solve(plan, everyShift(plan), late, 0.2);
        assertThat(r == null || !r.optimal()).as("no time to prove the optimum").isTrue();
        assertThat(new ExactMedium.Budget(7.5, 0, 2, null).secondsLeft()).isInfinite();
    }

    @Test
    void theExactPhaseLeavesATenthOfTheLimitToTheEnd() {
        assertThat(SearchConfig.handBack(java.time.Duration.ofSeconds(10))).hasMillis(1_000);
        assertThat(SearchConfig.handBack(java.time.Duration.ofSeconds(2))).hasMillis(500);
        assertThat(SearchConfig.handBack(java.time.Duration.ofMinutes(5))).hasSeconds(5);
        ExactMedium.Budget budget = SearchConfig.exactBudget(java.time.Duration.ofSeconds(10), null);
        assertThat(budget.secondsLeft()).isBetween(0.0, 9.0);
    }

    /** No closeness step without half a second left by the clock: its presolve alone ran past the deadline. */
    @Test
    void theClosenessStepNeedsHalfASecondByTheClock() {
        assertThat(ExactMedium.roomForCloseness(new ExactMedium.Budget(7.5, 0, 2, null, System.nanoTime() - 1)))
                .isFalse();
        assertThat(ExactMedium.roomForCloseness(new ExactMedium.Budget(7.5, 0, 2, null,
                System.nanoTime() + 5_000_000_000L))).isTrue();
        assertThat(ExactMedium.roomForCloseness(new ExactMedium.Budget(0, 3, 1, null))).isTrue();
    }

    @Test
    void cpSatJoinsTheSearchLaterOnlyInSolvesLongerThanTwentySeconds() {
        assertThat(SearchConfig.exactDelay(Duration.ofSeconds(10))).isZero();
        assertThat(SearchConfig.exactDelay(Duration.ofSeconds(20))).isZero();
        assertThat(SearchConfig.exactDelay(Duration.ofSeconds(21))).hasSeconds(1);
        assertThat(SearchConfig.exactDelay(Duration.ofSeconds(30))).hasSeconds(10);
        assertThat(SearchConfig.exactDelay(Duration.ofSeconds(90))).hasSeconds(30);
    }

    /**
     * By the clock in a solve longer than 20 s, the local search starts from the construction and CP-SAT joins it
     * later, on the search's roster by then: the medium level still ends at the proven optimum, also where the search
     * alone fell short in the outside check (f47-paid: -32 and -38 against -28), and CP-SAT's proof is recorded. The
     * solve ends by its unimproved limit, in a few seconds.
     */
    @ParameterizedTest
    @ValueSource(strings = {"f47-paid", "f90-d"})
    void inALongSolveCpSatBesideTheSearchStillReachesTheProvenOptimum(String name) {
        RosterProblem problem = fresh(name);
        CpSatReference.Reference reference = provenReference(problem);
        AtomicReference<RosterPlan> copy = new AtomicReference<>();
        RosterSolution solution = SolverEngine.solve(problem,
                new SolveOptions(Duration.ofSeconds(21), 1L, () -> false), null, SearchConfig.DEFAULT,
                solver -> solver.addEventListener(e -> copy.set(e.getNewBestSolution())));
        ExactMediumPhase.Report report = copy.get().getExactReport(); // shared by every copy of the plan
        assertThat(report).isNotNull();
        assertThat(report.mode()).isEqualTo("beside");
        assertThat(report.optimal()).isTrue();
        assertThat(report.bound()).isEqualTo(reference.optimum());
        assertThat(solution.hard()).isEqualTo(Long.parseLong(reference.score().split("hard")[0]));
        assertThat(solution.medium()).isEqualTo(reference.optimum());
    }
}
