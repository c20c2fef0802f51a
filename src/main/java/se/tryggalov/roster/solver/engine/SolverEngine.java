package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.SolveOptions;
import se.tryggalov.roster.solver.SolveProgress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs OptaPlanner on the planning model and turns the outcome into the plain result records. */
public final class SolverEngine {

    /** Seed used when the caller gives none, so two runs on the same problem give the same roster. */
    public static final long DEFAULT_SEED = 1;
    /** Soft constraints that count (fair shares) or reward rather than name a wish left unmet. */
    private static final Set<String> NOT_VIOLATIONS = Set.of(ConstraintCatalog.FAIR_NIGHTS,
            ConstraintCatalog.FAIR_HIGH_RISK_NIGHTS, ConstraintCatalog.FAIR_ORGANISATIONS,
            ConstraintCatalog.STABLE_TEAMS, ConstraintCatalog.YOUTH_WALKERS);
    private static final long PROGRESS_INTERVAL_MILLIS = 200;

    private static volatile SolutionManager<RosterPlan, HardMediumSoftLongScore> scorer;

    private SolverEngine() {
    }

    public static RosterSolution solve(RosterProblem problem, SolveOptions options, Consumer<SolveProgress> progress,
                                       SearchConfig search) {
        return solve(problem, options, progress, search, solver -> { });
    }

    /** As above; {@code inspect} sees the solver before it starts (the benchmark adds its listeners there). */
    public static RosterSolution solve(RosterProblem problem, SolveOptions options, Consumer<SolveProgress> progress,
                                       SearchConfig search, Consumer<Solver<RosterPlan>> inspect) {
        return solve(problem, options, progress, search, inspect, null);
    }

    /**
     * As above, but ended after {@code evaluations} evaluated moves (or by the stop flag) instead of by time, so the
     * same seed and count give the same roster on any machine, however loaded: for tests that judge the roster.
     * The options' limit is not used.
     */
    public static RosterSolution solveForEvaluations(RosterProblem problem, SolveOptions options, long evaluations,
                                                     Consumer<SolveProgress> progress, SearchConfig search,
                                                     Consumer<Solver<RosterPlan>> inspect) {
        return solve(problem, options, progress, search, inspect,
                new TerminationConfig().withScoreCalculationCountLimit(evaluations));
    }

    private static RosterSolution solve(RosterProblem problem, SolveOptions options, Consumer<SolveProgress> progress,
                                        SearchConfig search, Consumer<Solver<RosterPlan>> inspect,
                                        TerminationConfig termination) {
        Set<PlannedAssignment> fixed = new HashSet<>(problem.fixed());
        List<PlannedAssignment> start = problem.published().stream().filter(a -> !fixed.contains(a)).toList();
        RosterPlan plan = PlanBuilder.build(problem, start, true);
        plan.beside = new ExactBeside();
        Duration limit = options.limit() == null ? Duration.ofSeconds(30) : options.limit();
        long seed = options.seed() == null ? DEFAULT_SEED : options.seed();
        // the exact phase ends by CP-SAT's deterministic time when the solve ends by evaluation count (reproducible)
        // CP-SAT stops when asked to and once the solve has returned (beside the search it may still be at work)
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.BooleanSupplier stop = () -> ended.get()
                || options.stopRequested() != null && options.stopRequested().getAsBoolean();
        ExactMedium.Budget budget = termination != null ? SearchConfig.deterministicBudget(stop)
                : SearchConfig.exactBudget(limit, stop);
        // no unimproved time limit when ending by evaluation count: it would make the result depend on the machine
        SolverConfig config = search.sizedFor(plan.seats.size()).solverConfig(seed, limit,
                termination != null ? null : unimprovedLimit(plan, !plan.published.isEmpty()), budget);
        if (termination != null) {
            config.setTerminationConfig(termination);
        }
        SearchConfig.exactPhases(config).forEach(phase -> phase.prepare(plan));
        Solver<RosterPlan> solver = SolverFactory.<RosterPlan>create(config).buildSolver();
        long[] lastReport = {System.nanoTime() - PROGRESS_INTERVAL_MILLIS * 1_000_000};
        if (progress != null) {
            solver.addEventListener(event -> {
                long now = System.nanoTime();
                if (now - lastReport[0] >= PROGRESS_INTERVAL_MILLIS * 1_000_000) {
                    lastReport[0] = now;
                    progress.accept(progress(event.getNewBestSolution(), event.getTimeMillisSpent()));
                }
            });
        }
        inspect.accept(solver);
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roster-solver-stop-watcher");
            t.setDaemon(true);
            return t;
        });
        long started = System.currentTimeMillis();
        RosterPlan best;
        try {
            if (options.stopRequested() != null) {
                watcher.scheduleWithFixedDelay(() -> {
                    if (options.stopRequested().getAsBoolean()) {
                        solver.terminateEarly();
                    }
                }, 50, 100, TimeUnit.MILLISECONDS);
            }
            best = solver.solve(plan);
        } finally {
            ended.set(true);
            watcher.shutdownNow();
        }
        if (progress != null) {
            progress.accept(progress(best, System.currentTimeMillis() - started));
        }
        return describe(problem, best);
    }

    /**
     * Unimproved time that ends a solve early: 2 s for a small problem, a second per 100 seats for bigger ones; a
     * third of that when re-planning from a published roster, which starts close to its answer.
     */
    static Duration unimprovedLimit(RosterPlan plan, boolean replanning) {
        return Duration.ofMillis(Math.max(2_000, plan.seats.size() * (replanning ? 3L : 10L)));
    }

    private static SolveProgress progress(RosterPlan plan, long elapsed) {
        HardMediumSoftLongScore s = plan.score;
        return new SolveProgress(s.toString(), s.hardScore(), s.mediumScore(), s.softScore(),
                PlanBuilder.coveredShare(plan), elapsed);
    }

    /** Scores the roster as it stands, with its gaps and broken rules. */
    public static RosterSolution evaluate(RosterProblem problem, List<PlannedAssignment> assignments) {
        return describe(problem, planOf(problem, assignments));
    }

    /** The plan of a roster as it stands; fixed assignments sit on their pinned seats already. */
    private static RosterPlan planOf(RosterProblem problem, List<PlannedAssignment> assignments) {
        Set<PlannedAssignment> fixed = new HashSet<>(problem.fixed());
        return PlanBuilder.build(problem, assignments.stream().filter(a -> !fixed.contains(a)).toList());
    }

    /**
     * Each constraint's share of the roster's score (hard, medium and soft added up, a penalty negative), by name:
     * where the score goes, for the benchmark's records.
     */
    public static Map<String, Long> constraintTotals(RosterProblem problem, List<PlannedAssignment> assignments) {
        Map<String, Long> totals = new TreeMap<>();
        scorer().explain(planOf(problem, assignments), SolutionUpdatePolicy.UPDATE_SCORE_ONLY)
                .getConstraintMatchTotalMap().values().forEach(t -> {
                    HardMediumSoftLongScore s = t.getScore();
                    totals.put(t.getConstraintName(), s.hardScore() + s.mediumScore() + s.softScore());
                });
        return totals;
    }

    static SolutionManager<RosterPlan, HardMediumSoftLongScore> scorer() {
        if (scorer == null) {
            synchronized (SolverEngine.class) {
                if (scorer == null) {
                    scorer = SolutionManager.create(SolverFactory.create(SearchConfig.base()));
                }
            }
        }
        return scorer;
    }

    static RosterSolution describe(RosterProblem problem, RosterPlan plan) {
        ScoreExplanation<RosterPlan, HardMediumSoftLongScore> explanation =
                scorer().explain(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        HardMediumSoftLongScore score = explanation.getScore();
        List<RosterSolution.Violation> violations = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            String name = total.getConstraintName();
            ConstraintCatalog.Entry entry = ConstraintCatalog.BY_NAME.get(name);
            if (entry == null || entry.reward() || NOT_VIOLATIONS.contains(name)) {
                continue;
            }
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                HardMediumSoftLongScore s = match.getScore();
                long penalty = -(s.hardScore() + s.mediumScore() + s.softScore());
                Why why = match.getJustification() instanceof Why w ? w : new Why(null, null, List.of());
                violations.add(new RosterSolution.Violation(name, entry.level().name(), why.shiftId(),
                        why.personId(), penalty, why.args()));
            }
        }
        violations.sort(Comparator.comparing((RosterSolution.Violation v) -> v.level())
                .thenComparing(RosterSolution.Violation::constraint)
                .thenComparing(v -> v.shiftId() == null ? Long.MIN_VALUE : v.shiftId())
                .thenComparing(v -> v.personId() == null ? Long.MIN_VALUE : v.personId()));
        return new RosterSolution(PlanBuilder.assignments(plan), score.toString(), score.hardScore(),
                score.mediumScore(), score.softScore(), PlanBuilder.coveredShare(plan), GapExplainer.gaps(plan),
                violations);
    }
}
