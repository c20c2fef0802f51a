package se.tryggalov.roster.solver;

import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The headless solve: {@code java -jar trygga-lov.jar solve --in problem.json --out roster.json --seconds 30
 * [--seed 1]}, or {@code --evaluations 200000} instead of a time, which gives the same roster on any
 * machine. Reads a problem file, prints a line for new best solutions, writes the roster, prints the final
 * score. Runs without Spring (Application.main hands it the arguments before anything starts).
 */
public final class SolveCommand {

    private SolveCommand() {
    }

    /** Returns the process exit code: 0 solved, 1 the files could not be read or written, 2 bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path in = null;
        Path outFile = null;
        long seconds = 30;
        Long seed = null;
        Long evaluations = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("solve") && i == 0) {
                    continue;
                }
                if (i + 1 >= args.length) {
                    return usage(err, "missing value after " + a);
                }
                String value = args[++i];
                switch (a) {
                    case "--in" -> in = Path.of(value);
                    case "--out" -> outFile = Path.of(value);
                    case "--seconds" -> seconds = Long.parseLong(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--evaluations" -> evaluations = Long.parseLong(value);
                    default -> {
                        return usage(err, "unknown option " + a);
                    }
                }
            }
        } catch (NumberFormatException e) {
            return usage(err, "not a number: " + e.getMessage());
        }
        if (in == null || outFile == null || seconds <= 0 || evaluations != null && evaluations <= 0) {
            return usage(err, in == null ? "--in is required" : outFile == null ? "--out is required"
                    : seconds <= 0 ? "--seconds must be positive" : "--evaluations must be positive");
        }
        quietSolverLogging();
        try {
            if (!Files.isReadable(in)) {
                err.println("Cannot read " + in);
                return 1;
            }
            RosterProblem problem = RosterJson.readProblem(in);
            out.printf(Locale.ROOT, "Solving %s: %d shifts, %d people, %d fixed, up to %s%n", problem.name(),
                    problem.shifts().size(), problem.people().size(), problem.fixed().size(),
                    evaluations == null ? seconds + " s" : evaluations + " evaluations");
            SolveOptions options = new SolveOptions(Duration.ofSeconds(seconds), seed, () -> false);
            Consumer<SolveProgress> progress = p -> out.printf(Locale.ROOT, "%8.1f s  %-32s covered %5.1f %%%n",
                    p.elapsedMillis() / 1000.0, p.score(), p.coveredShare() * 100);
            RosterSolution solution = evaluations == null ? new RosterSolver().solve(problem, options, progress)
                    : new RosterSolver().solveForEvaluations(problem, options, evaluations, progress);
            RosterJson.write(outFile, solution);
            out.printf(Locale.ROOT, "Final score %s, covered %.1f %% of the risk-weighted need, %d assignments, "
                            + "%d shifts short, %s%n", solution.score(), solution.coveredShare() * 100,
                    solution.assignments().size(), solution.gaps().size(),
                    solution.feasible() ? "feasible" : "NOT feasible");
            out.println("Wrote " + outFile);
            return 0;
        } catch (Exception e) {
            err.println("Could not solve " + in + ": " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("Usage: solve --in problem.json --out roster.json [--seconds 30 | --evaluations 200000]"
                + " [--seed 1]");
        return 2;
    }

    /** OptaPlanner logs every phase at INFO and every step at DEBUG: the command prints its own progress. */
    private static void quietSolverLogging() {
        if (LoggerFactory.getLogger("org.optaplanner") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
