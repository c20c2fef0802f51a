package se.tryggalov.roster.solver.engine;

import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.RosterJson;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The exact reference of the medium level (issue #23): CP-SAT ({@link ExactMedium}) on the whole problem from an
 * empty roster, with a long budget, proving the optimum (or a bound). Its roster is scored again by the project's
 * own constraints ({@link SolverEngine#evaluate}), so a model that differs from the score shows as a mismatch.
 * Arguments: seconds results.jsonl instance.json...
 */
public final class CpSatReference {

    private CpSatReference() {
    }

    public record Reference(long optimum, long bound, boolean proven, long millis, int variables, String score,
                            double deterministicTime) {
    }

    /** The reference for one problem, CP-SAT given {@code seconds} (wall) or a deterministic time when negative. */
    public static Reference of(RosterProblem problem, double seconds, int workers) {
        RosterPlan plan = PlanBuilder.build(problem, List.of());
        if (!ExactMedium.available()) {
            throw new IllegalStateException("OR-tools did not load");
        }
        BitSet all = new BitSet();
        all.set(0, plan.shifts.size());
        ExactMedium.Budget budget = seconds < 0 ? new ExactMedium.Budget(0, -seconds, 1, null)
                : new ExactMedium.Budget(seconds, 0, workers, null);
        ExactMedium.Result r = ExactMedium.solve(plan, all, budget, 0);
        List<PlannedAssignment> roster = new ArrayList<>();
        for (ShiftFact s : plan.shifts) {
            for (PersonFact p : r.people().get(s.index)) {
                roster.add(new PlannedAssignment(s.id, p.id));
            }
        }
        roster.addAll(problem.fixed());
        RosterSolution scored = SolverEngine.evaluate(problem, roster);
        return new Reference(scored.medium(), r.bound(), r.optimal(), r.millis(), r.variables(), scored.score(),
                r.deterministicTime());
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]); // negative: deterministic time, one worker
        Path out = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            RosterProblem problem = RosterJson.readProblem(file);
            Reference ref = of(problem, seconds, 2);
            String line = String.format(Locale.ROOT, "{\"instance\":\"%s\",\"config\":\"cp-sat-reference\","
                            + "\"people\":%d,\"shifts\":%d,\"evenings\":%d,\"fixed\":%d,\"variables\":%d,"
                            + "\"optimum\":%d,\"bound\":%d,\"proven\":%b,\"ms\":%d,\"deterministicS\":%.2f,"
                            + "\"workers\":%d,\"score\":\"%s\",\"load\":%.2f}",
                    file.getFileName(), problem.people().size(), problem.shifts().size(),
                    problem.shifts().stream().map(ProblemShift::evening).distinct().count(), problem.fixed().size(),
                    ref.variables(), ref.optimum(), ref.bound(), ref.proven(), ref.millis(), ref.deterministicTime(),
                    seconds < 0 ? 1 : 2, ref.score(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println(line);
            Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
