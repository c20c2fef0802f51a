package se.tryggalov.roster.solver;

/** A new best solution during solving: for live progress in the UI. */
public record SolveProgress(String score, long hard, long medium, long soft, double coveredShare,
                            long elapsedMillis) {
}
