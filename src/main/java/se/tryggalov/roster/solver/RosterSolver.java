package se.tryggalov.roster.solver;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one entry point to the solver. Thread-safe; one instance per application (also usable without Spring,
 * from the headless command and the benchmarks).
 */
public class RosterSolver {

    /**
     * Solves the problem within the options' limit (sooner when it stops improving for good or the stop flag
     * is raised), calling {@code onBestSolution} on every new best solution. Fixed assignments are never moved.
     */
    public RosterSolution solve(RosterProblem problem, SolveOptions options, Consumer<SolveProgress> onBestSolution) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Scores a roster as it stands (edited by hand), with its gaps and every broken rule. */
    public RosterSolution evaluate(RosterProblem problem, List<PlannedAssignment> assignments) {
        throw new UnsupportedOperationException("not built yet");
    }
}
