package se.tryggalov.roster.solver;

import se.tryggalov.roster.solver.engine.ConstraintCatalog;
import se.tryggalov.roster.solver.engine.SearchConfig;
import se.tryggalov.roster.solver.engine.SolverEngine;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one entry point to the solver. Thread-safe; one instance per application (also usable without Spring,
 * from the headless command and the benchmarks).
 */
public class RosterSolver {

    /**
     * Solves the problem within the options' limit (sooner when it stops improving for good or the stop flag
     * is raised), calling {@code onBestSolution} on new best solutions (at most five times a second, and once more
     * with the final best). Fixed assignments are never moved.
     */
    public RosterSolution solve(RosterProblem problem, SolveOptions options, Consumer<SolveProgress> onBestSolution) {
        return SolverEngine.solve(problem, options, onBestSolution, SearchConfig.DEFAULT);
    }

    /**
     * As {@link #solve}, but ended after {@code evaluations} evaluated moves (or by the stop flag) instead of by
     * time: the same seed and count give the same roster on any machine, however loaded. The options' limit is not
     * used.
     */
    public RosterSolution solveForEvaluations(RosterProblem problem, SolveOptions options, long evaluations,
                                              Consumer<SolveProgress> onBestSolution) {
        return SolverEngine.solveForEvaluations(problem, options, evaluations, onBestSolution, SearchConfig.DEFAULT,
                solver -> { });
    }

    /** Scores a roster as it stands (edited by hand), with its gaps and every broken rule. */
    public RosterSolution evaluate(RosterProblem problem, List<PlannedAssignment> assignments) {
        return SolverEngine.evaluate(problem, assignments);
    }

    /**
     * Every constraint the solver knows, by its stable name (the key of {@link SolverSettings#constraints()}), with
     * its level (HARD, MEDIUM, SOFT) and default weight; texts are {@code solver.constraint.<name>} and
     * {@code solver.constraint.<name>.help}.
     */
    public static List<SolverConstraint> constraints() {
        return ConstraintCatalog.ALL.stream()
                .map(e -> new SolverConstraint(e.name(), e.level().name(), e.defaultWeight())).toList();
    }

    /** A constraint as the settings screen shows it. */
    public record SolverConstraint(String name, String level, long defaultWeight) {
    }
}
