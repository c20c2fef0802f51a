package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The exact medium level between the group construction and the local search (issue #23): CP-SAT
 * ({@link ExactMedium}) staffs the groups so that the risk-weighted missing adults are at their proven optimum
 * (or the best found in the budget), as close to the construction's roster as it can; the local search then works
 * on the soft level. It cannot give medium back: OptaPlanner keeps the best score, hard then medium then soft, so a
 * roster with more missing adults never becomes the best.
 * <p>
 * A problem too big to solve whole (the city: more than {@link #EXACT_LIMIT} person-shift pairs) is repaired a
 * calendar month at a time, the months with the most risk-weighted missing adults first, the rest of the roster as
 * it stands (a large-neighbourhood search); its bound is then only the trivial one unless every group is covered.
 * Nothing changes when OR-tools cannot load on the platform, when uncovered need is switched off, or when CP-SAT's
 * roster is not better than the construction's.
 * <p>
 * In a solve by the clock longer than 20 s the phase only arms {@link ExactBeside}: the local search starts at once
 * and CP-SAT joins it later, on a second thread.
 */
public class ExactMediumPhase implements CustomPhaseCommand<RosterPlan> {

    private static final Logger LOG = LoggerFactory.getLogger(ExactMediumPhase.class);
    /** Person-shift pairs up to which the whole problem is one model (the year has about 60 k, the city 1 M). */
    static final long EXACT_LIMIT = Long.getLong("roster.cpsat.exactLimit", 250_000);
    /** Share of the budget for the second solve: the same medium, closest to the construction. */
    static final double CLOSENESS = Double.parseDouble(System.getProperty("roster.cpsat.closeness", "0.2"));

    private final ExactMedium.Budget budget;
    /** When ({@link System#nanoTime()}) CP-SAT joins the local search; 0: the exact phase runs first. */
    private final long besideFrom;
    /** The model, built beside the construction ({@link #prepare}); null when it is built in the phase. */
    private volatile CompletableFuture<ExactMedium.Model> prepared;

    public ExactMediumPhase(ExactMedium.Budget budget) {
        this(budget, 0);
    }

    /**
     * With {@code besideFrom} (a {@link System#nanoTime()}), a solve by the clock lets the local search start at once
     * and CP-SAT join it then ({@link ExactBeside}); without, CP-SAT runs first.
     */
    public ExactMediumPhase(ExactMedium.Budget budget, long besideFrom) {
        this.budget = budget;
        this.besideFrom = besideFrom;
    }

    /**
     * In a solve by the clock with the exact phase first, starts building the model of the whole problem on a thread
     * of its own, from the plan the solver is given, as the solve starts: the model does not depend on the
     * construction's roster, only its hint does ({@link ExactMedium#structure}). The construction works on
     * OptaPlanner's copy of that plan (the facts shared), and the model reads only the candidates and the pinned
     * seats, which no phase writes; {@link ExactMedium.Model#hintedFrom} matches people by index. Loading
     * OR-tools (1.2 s in a new JVM: its natives are unpacked from the jar) and the build (0.7-1.1 s on f400-a, 42 k
     * variables) then run on the second core beside the construction instead of after it on the solver's thread,
     * and CP-SAT gets that time within the limit. In a long solve CP-SAT's own thread loads OR-tools later
     * ({@link ExactBeside}): loading it beside the construction there slowed the construction by 0.4-0.6 s.
     */
    public void prepare(RosterPlan problem) {
        if (besideFrom != 0 || budget.deterministic() || budget.deadlineNanos() == 0
                || problem.weights.get(ConstraintCatalog.UNCOVERED_NEED).mediumScore() == 0) {
            return;
        }
        BitSet all = new BitSet();
        all.set(0, problem.shifts.size());
        if (ExactMedium.size(problem, all) > EXACT_LIMIT) {
            return;
        }
        CompletableFuture<ExactMedium.Model> model = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("roster-cp-sat-model").start(() -> {
            try {
                // the model's variables have native domains: this thread loads OR-tools first (1.2 s in a new JVM)
                model.complete(ExactMedium.available() ? ExactMedium.structure(problem, all) : null);
            } catch (Throwable e) {
                model.completeExceptionally(e);
            }
        });
        prepared = model;
    }

    /** The model built beside the construction, or null (none, or its build failed: the phase then builds it). */
    private ExactMedium.Model prepared() {
        if (prepared == null) {
            return null;
        }
        try {
            return prepared.join();
        } catch (RuntimeException e) {
            LOG.warn("The model built beside the construction failed; building it again", e);
            return null;
        }
    }

    /**
     * What the phase did, kept on the plan (and its best-solution clones) for the benchmark. {@code rounds}: the
     * months solved one after another on a problem too large to solve whole ("months"); CP-SAT's solves of the
     * medium level beside the search ("beside": 1 when its first worker proved it alone, 2 when all workers followed).
     */
    public record Report(String mode, long constructionMedium, long medium, long bound, boolean optimal, long millis,
                         int variables, int rounds) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        if (plan.weights.get(ConstraintCatalog.UNCOVERED_NEED).mediumScore() == 0) {
            return;
        }
        long started = System.nanoTime();
        HardMediumSoftLongScore before = score(scoreDirector);
        BitSet all = new BitSet();
        all.set(0, plan.shifts.size());
        if (before.mediumScore() == 0) {
            plan.exactReport = new Report("covered", 0, 0, 0, true, 0, 0, 0);
            return; // nothing missing: the construction is already optimal
        }
        long size = ExactMedium.size(plan, all);
        if (size <= EXACT_LIMIT && besideFrom != 0 && plan.beside != null && !budget.deterministic()
                && budget.deadlineNanos() != 0) {
            plan.beside.arm(budget, besideFrom, before.mediumScore()); // its own thread waits for OR-tools to load
            return;
        }
        if (!ExactMedium.available()) {
            return;
        }
        if (size <= EXACT_LIMIT) {
            ExactMedium.Model early = prepared();
            ExactMedium.Result r = early != null ? ExactMedium.solve(early.hintedFrom(plan), budget, CLOSENESS)
                    : ExactMedium.solve(plan, all, budget, CLOSENESS);
            if (r != null) {
                HardMediumSoftLongScore after = applyIfBetter(scoreDirector, plan, r, before);
                if (r.optimal() && r.hardPenalty() == 0 && after.hardScore() == 0 && after.mediumScore() != r.medium()) {
                    LOG.warn("CP-SAT's medium {} differs from the score's {}", r.medium(), after.mediumScore());
                }
                plan.exactReport = new Report("exact", before.mediumScore(), after.mediumScore(),
                        Math.max(r.bound(), after.mediumScore()), r.optimal(), r.millis(), r.variables(), 1);
            }
            return;
        }
        repairByMonth(scoreDirector, plan, before, started);
    }

    private void repairByMonth(ScoreDirector<RosterPlan> scoreDirector, RosterPlan plan,
                               HardMediumSoftLongScore before, long started) {
        List<List<Seat>> seats = GroupConstruction.seatsByShift(plan);
        double total = budget.deterministic() ? budget.deterministicTime() : budget.wallSeconds();
        int rounds = 0;
        int variables = 0;
        HardMediumSoftLongScore current = before;
        java.util.Set<Integer> done = new java.util.HashSet<>();
        while (true) {
            double spent = (System.nanoTime() - started) / 1e9;
            if (budget.stop() != null && budget.stop().getAsBoolean() || !budget.deterministic() && spent >= total) {
                break;
            }
            Map<Integer, Long> missing = new HashMap<>();
            for (ShiftFact s : plan.shifts) {
                int adults = 0;
                for (Seat seat : seats.get(s.index)) {
                    adults += seat.person != null && seat.person.adult ? 1 : 0;
                }
                long m = RosterConstraints.missing(s, adults) * s.riskWeight;
                if (m > 0 && !done.contains(s.monthKey)) {
                    missing.merge(s.monthKey, m, Long::sum);
                }
            }
            if (missing.isEmpty()) {
                break;
            }
            int month = missing.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            done.add(month);
            BitSet window = new BitSet();
            plan.shifts.stream().filter(s -> s.monthKey == month).forEach(s -> window.set(s.index));
            if (!budget.deterministic() && budget.secondsLeft() < 0.2) {
                break; // the solve's deadline: the local search needs its share
            }
            double left = budget.deterministic() ? total / 4 : Math.max(0.2, total - spent);
            ExactMedium.Result r = ExactMedium.solve(plan, window,
                    new ExactMedium.Budget(budget.deterministic() ? 0 : left, budget.deterministic() ? left : 0,
                            budget.workers(), budget.stop(), budget.deadlineNanos()), 0.0);
            rounds++;
            if (r != null) {
                variables = Math.max(variables, r.variables());
                current = applyIfBetter(scoreDirector, plan, r, current);
            }
            if (budget.deterministic() && rounds >= 4) {
                break;
            }
        }
        plan.exactReport = new Report("months", before.mediumScore(), current.mediumScore(),
                0, current.mediumScore() == 0, (System.nanoTime() - started) / 1_000_000,
                variables, rounds);
    }

    /** Puts CP-SAT's people on the free seats of its shifts; takes it back if the score is worse. */
    private static HardMediumSoftLongScore applyIfBetter(ScoreDirector<RosterPlan> scoreDirector, RosterPlan plan,
                                                         ExactMedium.Result r, HardMediumSoftLongScore before) {
        return applyIfBetter(scoreDirector, plan, r.people(), before, false);
    }

    /**
     * Puts {@code people} on the free seats of their shifts ({@link SeatsMove#onto}); takes it back if the score is
     * worse on the hard or the medium level (or, {@code strictly}, no better there).
     */
    static HardMediumSoftLongScore applyIfBetter(ScoreDirector<RosterPlan> scoreDirector, RosterPlan plan,
                                                 List<List<PersonFact>> people, HardMediumSoftLongScore before,
                                                 boolean strictly) {
        SeatsMove move = SeatsMove.onto(plan, people);
        if (!move.isMoveDoable(scoreDirector)) {
            return before;
        }
        var undo = move.doMove(scoreDirector);
        HardMediumSoftLongScore after = score(scoreDirector);
        boolean worse = after.hardScore() < before.hardScore()
                || after.hardScore() == before.hardScore() && after.mediumScore() < before.mediumScore();
        boolean same = after.hardScore() == before.hardScore() && after.mediumScore() == before.mediumScore();
        if (worse || strictly && same) {
            if (worse) {
                LOG.warn("CP-SAT's roster scores {} against {} before: kept the roster as it was", after, before);
            }
            undo.doMove(scoreDirector);
            return score(scoreDirector);
        }
        return after;
    }

    @SuppressWarnings("unchecked")
    private static HardMediumSoftLongScore score(ScoreDirector<RosterPlan> scoreDirector) {
        return ((InnerScoreDirector<RosterPlan, HardMediumSoftLongScore>) scoreDirector).calculateScore();
    }
}
