package se.tryggalov.roster.solver.bench;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.slf4j.LoggerFactory;
import se.tryggalov.roster.solver.RosterJson;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.SolveOptions;
import se.tryggalov.roster.solver.engine.RosterPlan;
import se.tryggalov.roster.solver.engine.ExactMediumPhase;
import se.tryggalov.roster.solver.engine.SearchConfig;
import se.tryggalov.roster.solver.engine.SolverEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Solves one instance with one search configuration and seed, in its own JVM (bench/run.sh starts one per run),
 * and appends one JSON line of measurements: time to the first complete feasible roster, best score at
 * 5/10/30/60 s, score calculations per second, peak heap.
 * Arguments: instance.json configName seconds seed results.jsonl
 */
public final class BenchRunner {

    static final Map<String, SearchConfig> CONFIGS = new LinkedHashMap<>();

    static {
        for (SearchConfig c : List.of(
                SearchConfig.DEFAULT,
                SearchConfig.GROUPS_ONLY,
                SearchConfig.OPTAPLANNER_DEFAULT,
                new SearchConfig("tabu-groups-unfiltered", "GROUPS", "TABU", 7, 500, "change,swap,group", null, true),
                new SearchConfig("tabu-groups-even", "GROUPS", "TABU", 7, 500, "free-change,free-swap,group", null,
                        true),
                new SearchConfig("ffd-la", "FIRST_FIT_DECREASING", "LATE_ACCEPTANCE", 50, 1, "change,swap,group", null),
                new SearchConfig("la-groups", "GROUPS", "LATE_ACCEPTANCE", 50, 1, "change,swap,group", null),
                new SearchConfig("la-groups-heavy", "GROUPS", "LATE_ACCEPTANCE", 50, 1, "change,swap,group@3", null),
                new SearchConfig("la-group-only", "GROUPS", "LATE_ACCEPTANCE", 50, 1, "group", null),
                new SearchConfig("la-plain", "GROUPS", "LATE_ACCEPTANCE", 50, 1, "change,swap", null),
                new SearchConfig("la-groups-100", "GROUPS", "LATE_ACCEPTANCE", 100, 1, "change,swap,group", null),
                new SearchConfig("la-groups-200", "GROUPS", "LATE_ACCEPTANCE", 200, 1, "change,swap,group", null),
                new SearchConfig("la-groups-400", "GROUPS", "LATE_ACCEPTANCE", 400, 1, "change,swap,group", null),
                new SearchConfig("la-groups-2000", "GROUPS", "LATE_ACCEPTANCE", 2000, 1, "change,swap,group", null),
                new SearchConfig("tabu-groups-300", "GROUPS", "TABU", 7, 300, "change,swap,group", null),
                new SearchConfig("tabu-groups-3000", "GROUPS", "TABU", 7, 3000, "change,swap,group", null),
                new SearchConfig("tabu-groups-heavy", "GROUPS", "TABU", 7, 1000, "change,swap,group@3", null),
                new SearchConfig("tabu-group-only", "GROUPS", "TABU", 7, 1000, "group", null),
                new SearchConfig("tabu-groups-1000", "GROUPS", "TABU", 7, 1000, "change,swap,group", null),
                new SearchConfig("tabu-groups-500", "GROUPS", "TABU", 7, 500, "change,swap,group", null),
                new SearchConfig("tabu-early-t4", "GROUPS", "TABU", 4, 500, "change,swap,group", null, true),
                new SearchConfig("tabu-early-t11", "GROUPS", "TABU", 11, 500, "change,swap,group", null, true),
                new SearchConfig("tabu-groups3-early", "GROUPS", "TABU", 7, 500, "change,swap,group@3", null, true),
                new SearchConfig("tabu-swap-groups-early", "GROUPS", "TABU", 7, 500, "swap,group", null, true),
                new SearchConfig("tabu-groups-early-2000", "GROUPS", "TABU", 7, 2000, "change,swap,group", null,
                        true),
                new SearchConfig("la-groups-early", "GROUPS", "LATE_ACCEPTANCE", 50, 500, "change,swap,group", null,
                        true),
                new SearchConfig("tabu-groups-2000", "GROUPS", "TABU", 7, 2000, "change,swap,group", null),
                new SearchConfig("tabu-groups-t3", "GROUPS", "TABU", 3, 1000, "change,swap,group", null),
                new SearchConfig("tabu-groups-t15", "GROUPS", "TABU", 15, 1000, "change,swap,group", null),
                new SearchConfig("sa-groups", "GROUPS", "SIMULATED_ANNEALING", 0, 4, "change,swap,group",
                        "0hard/4medium/100soft"),
                new SearchConfig("la-groups-pillar", "GROUPS", "LATE_ACCEPTANCE", 50, 1, "change,swap,group,pillar",
                        null),
                new SearchConfig("hc-groups", "GROUPS", "HILL_CLIMBING", 0, 1000, "change,swap,group", null))) {
            CONFIGS.put(c.name(), c);
        }
    }

    /**
     * With {@code -Droster.bestKnown=hard/medium/soft}: when the best score first had the hard and medium levels of
     * the best known and a soft level within 0.5 % of it, in milliseconds and in evaluations. The search is
     * reproducible, so the evaluations are the same on every machine; the milliseconds are how fast this one was.
     */
    static String withinHalfPercent(String bestKnown, List<long[]> bests) {
        if (bestKnown == null) {
            return "";
        }
        long[] known = Arrays.stream(bestKnown.split("/")).mapToLong(Long::parseLong).toArray();
        long softTarget = known[2] - Math.abs(known[2]) / 200;
        for (long[] b : bests) {
            if (b[1] >= known[0] && b[2] >= known[1] && b[3] >= softTarget) {
                return String.format(Locale.ROOT, "\"withinHalfPercent\":{\"ms\":%d,\"evals\":%d},", b[0], b[4]);
            }
        }
        return "\"withinHalfPercent\":null,";
    }

    /**
     * A search written out, for trying one without a rebuild: {@code x:ACCEPTOR:size:movesPerStep:moves}, with the
     * group construction and pick early, e.g. {@code x:TABU:7:500:free-change@0.5,free-swap,group@0.5}.
     */
    static SearchConfig written(String spec) {
        String[] x = spec.split(":");
        if (x.length != 5) {
            throw new IllegalArgumentException(spec + " is not x:ACCEPTOR:size:movesPerStep:moves");
        }
        return new SearchConfig(spec, "GROUPS", x[1], Integer.parseInt(x[2]), Integer.parseInt(x[3]), x[4], null,
                true);
    }

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger("org.optaplanner") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Path instance = Path.of(args[0]);
        SearchConfig config = CONFIGS.get(args[1]);
        if (config == null && args[1].startsWith("x:")) {
            config = written(args[1]);
        }
        if (config == null) {
            throw new IllegalArgumentException("Unknown config " + args[1] + "; known: " + CONFIGS.keySet()
                    + ", or one written out as x:ACCEPTOR:size:movesPerStep:moves");
        }
        long seconds = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        Path results = Path.of(args[4]);
        RosterProblem problem = RosterJson.readProblem(instance);

        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                peakHeap.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        List<long[]> bests = new ArrayList<>(); // millis, hard, medium, soft, evaluations
        long[] constructionMillis = {-1};
        long[] constructionCpuMillis = {-1};
        String[] constructionScore = {"-"};
        String[] exact = {null};
        long[] firstFeasibleMillis = {-1};
        @SuppressWarnings("unchecked")
        DefaultSolver<RosterPlan>[] solverRef = new DefaultSolver[1];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        // -Droster.evaluations=N: end after N evaluated moves (CP-SAT by deterministic time), the same run on any
        // machine however loaded; the seconds then only name the checkpoints
        Long evaluations = Long.getLong("roster.evaluations");
        java.util.function.Consumer<org.optaplanner.core.api.solver.Solver<RosterPlan>> inspect = solver -> {
            DefaultSolver<RosterPlan> s = (DefaultSolver<RosterPlan>) solver;
            solverRef[0] = s;
            s.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void phaseEnded(AbstractPhaseScope<RosterPlan> phaseScope) {
                    if (constructionMillis[0] < 0) {
                        constructionMillis[0] = (System.nanoTime() - started) / 1_000_000;
                        constructionCpuMillis[0] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
                        constructionScore[0] = String.valueOf(phaseScope.getBestScore());
                    }
                    ExactMediumPhase.Report r = phaseScope.getWorkingSolution().getExactReport();
                    if (exact[0] == null && r != null) {
                        exact[0] = String.format(Locale.ROOT, "\"exact\":{\"mode\":\"%s\",\"endMs\":%d,"
                                        + "\"cpSatMs\":%d,\"constructionMedium\":%d,\"medium\":%d,\"bound\":%d,"
                                        + "\"optimal\":%b,\"variables\":%d,\"rounds\":%d},", r.mode(),
                                (System.nanoTime() - started) / 1_000_000, r.millis(), r.constructionMedium(),
                                r.medium(), r.bound(), r.optimal(), r.variables(), r.rounds());
                    }
                }
            });
            s.addEventListener(event -> {
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
                long t = (System.nanoTime() - started) / 1_000_000;
                if (score.hardScore() == 0 && firstFeasibleMillis[0] < 0 && constructionMillis[0] >= 0) {
                    firstFeasibleMillis[0] = t;
                }
                bests.add(new long[] {t, score.hardScore(), score.mediumScore(), score.softScore(),
                        s.getSolverScope().getScoreCalculationCount()});
            });
        };
        SolveOptions options = new SolveOptions(Duration.ofSeconds(seconds), seed, () -> false);
        RosterSolution solution = evaluations == null ? SolverEngine.solve(problem, options, null, config, inspect)
                : SolverEngine.solveForEvaluations(problem, options, evaluations, null, config, inspect);
        long total = (System.nanoTime() - started) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        // the construction's roster is complete (every group decided) and becomes the best solution without an
        // event; when it is feasible, it is the first complete, feasible roster
        if (constructionScore[0].startsWith("0hard/") || firstFeasibleMillis[0] < 0 && solution.hard() == 0
                && constructionMillis[0] >= 0) {
            firstFeasibleMillis[0] = constructionMillis[0];
        }
        sampler.interrupt();
        long calcCount = solverRef[0].getSolverScope().getScoreCalculationCount();
        StringBuilder json = new StringBuilder();
        json.append(String.format(Locale.ROOT, "{\"instance\":\"%s\",\"config\":\"%s\",\"seed\":%d,\"limit\":%d,"
                        + "\"seats\":%d,\"constructionMs\":%d,\"constructionCpuMs\":%d,\"constructionScore\":\"%s\","
                        + "\"firstFeasibleMs\":%d,\"totalMs\":%d,\"solverMs\":%d,\"evaluationLimit\":%s,",
                instance.getFileName(), config.name(), seed, seconds,
                problem.shifts().stream().mapToInt(s -> s.maxSize()).sum(), constructionMillis[0], constructionCpuMillis[0],
                constructionScore[0],
                firstFeasibleMillis[0], total, solverRef[0].getTimeMillisSpent(), evaluations));
        for (int checkpoint : new int[] {1, 2, 5, 10, 30, 60, 120, 300, 600}) {
            if (checkpoint > seconds) {
                break;
            }
            String at = constructionMillis[0] >= 0 && constructionMillis[0] <= checkpoint * 1000L
                    ? constructionScore[0] : "-";
            for (long[] b : bests) {
                if (b[0] <= checkpoint * 1000L) {
                    at = b[1] + "hard/" + b[2] + "medium/" + b[3] + "soft";
                }
            }
            json.append(String.format(Locale.ROOT, "\"at%ds\":\"%s\",", checkpoint, at));
        }
        json.append(withinHalfPercent(System.getProperty("roster.bestKnown"), bests));
        if (exact[0] != null) {
            json.append(exact[0]);
        }
        json.append("\"totals\":{");
        json.append(String.join(",", SolverEngine.constraintTotals(problem, solution.assignments()).entrySet().stream()
                .filter(e -> e.getValue() != 0).map(e -> "\"" + e.getKey() + "\":" + e.getValue()).toList()));
        json.append("},");
        json.append(String.format(Locale.ROOT, "\"final\":\"%s\",\"coveredShare\":%.4f,\"gaps\":%d,"
                        + "\"evalsPerSec\":%d,\"solverCpuMs\":%d,\"evalsPerCpuSec\":%d,\"peakHeapMb\":%d,\"maxHeapMb\":%d,"
                        + "\"load\":%.2f}",
                solution.score(), solution.coveredShare(), solution.gaps().size(),
                calcCount * 1000 / Math.max(1, total), cpu, calcCount * 1000 / Math.max(1, cpu),
                peakHeap.get() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(json);
        if (System.getProperty("roster.out") != null) { // -Droster.out=file.json keeps the roster for a closer look
            RosterJson.write(Path.of(System.getProperty("roster.out")), solution);
        }
        Files.writeString(results, json + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
