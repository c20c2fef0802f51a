package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * CP-SAT beside the local search (issue #23), in a solve by the clock longer than 20 s: the search starts from the
 * construction at once, and CP-SAT joins it later ({@link SearchConfig#exactDelay}) on a second thread, on the
 * search's roster as it stands by then. When CP-SAT has proved the optimum of the medium level (or found the best
 * it could by the deadline) and the search is as good, nothing changes: the proof is recorded. When CP-SAT's roster
 * is better, CP-SAT looks for the roster with its medium level closest to the search's roster, and the search is
 * offered it as one move; it takes it because the medium level is better, and goes on from there.
 * <p>
 * Started from CP-SAT's roster instead (the exact phase first), the local search ended the year's soft level 0.15 %
 * worse at 30 s than without CP-SAT: the search alone reaches the year's optimum of the medium level in 5-10 s with
 * the fairness it builds on, so CP-SAT there only has to prove it.
 * <p>
 * CP-SAT works in up to two steps, so that it takes from the search only what a problem needs: first one worker at
 * the lowest priority (the year: proved in 1-3 s on the second core, which the JVM's compiler and collector share),
 * then, only if that has not proved the optimum within {@link #ONE_WORKER_SECONDS}, all the budget's workers at the
 * search's priority (f400-a: its optimum comes from the second worker's neighbourhood search).
 * <p>
 * The search's thread drives it at the start of each step ({@link GroupMoveFactory}), so every change to the roster
 * is a move of the search; CP-SAT works on copies. One instance per solve, shared by the plan and its copies.
 */
final class ExactBeside {

    private static final Logger LOG = LoggerFactory.getLogger(ExactBeside.class);
    /** Steps in which CP-SAT's roster is offered before it is given up (the search refused it, or it was no better). */
    private static final int OFFERS = 50;
    /**
     * The longest CP-SAT's first step (one worker, {@link ExactMedium.Model#firstStep}) runs before all the budget's
     * workers take over; 0 for all of them from the start at the search's priority, as before (the benchmark compares
     * with -Droster.cpsat.oneWorkerSeconds=0).
     */
    static final double ONE_WORKER_SECONDS = Double.parseDouble(System.getProperty("roster.cpsat.oneWorkerSeconds",
            "4"));
    /** Whether the first step runs at the lowest priority (the benchmark compares with -Droster.cpsat.lowest=false). */
    static final boolean LOWEST_PRIORITY = Boolean.parseBoolean(System.getProperty("roster.cpsat.lowest", "true"));

    private enum State { UNARMED, WAITING, PROVING, CLOSING, OFFERING, DONE }

    private ExactMedium.Budget budget;
    private long from;
    private long constructionMedium;
    private long started;
    private State state = State.UNARMED;
    private CompletableFuture<ExactMedium.Model> model;
    private CompletableFuture<ExactMedium.Result> medium;
    /** Whether CP-SAT's second step (all workers) has started. */
    private boolean second;
    private CompletableFuture<List<List<PersonFact>>> closest;
    private volatile ExactMedium.Result result;
    private List<List<PersonFact>> offered;
    private int offers;

    /**
     * Set on the plan before the solve, so that every copy of it OptaPlanner makes shares it (each phase works on a
     * new copy); it does nothing until the exact phase arms it.
     */
    ExactBeside() {
    }

    /**
     * @param budget CP-SAT's budget: its workers, its deadline, and a stop flag that is also up once the solve has
     *               ended (so that CP-SAT does not go on working for a solve that has returned)
     * @param from when ({@link System#nanoTime()}) CP-SAT starts
     */
    void arm(ExactMedium.Budget budget, long from, long constructionMedium) {
        this.budget = budget;
        this.from = from;
        this.constructionMedium = constructionMedium;
        this.started = System.nanoTime();
        this.state = State.WAITING;
    }

    /** What CP-SAT found, as it stands for a roster of {@code score} (the search's best, say); null before. */
    ExactMediumPhase.Report reportFor(HardMediumSoftLongScore score) {
        ExactMedium.Result r = result;
        if (r == null || score == null) {
            return null;
        }
        return new ExactMediumPhase.Report("beside", constructionMedium, score.mediumScore(),
                Math.max(r.bound(), score.mediumScore()), r.optimal() && score.mediumScore() >= r.medium(), r.millis(),
                r.variables(), r.steps());
    }

    /**
     * At the start of a step of the search, on its thread: starts CP-SAT when it is time, hands it the roster it
     * needs, and returns the move to CP-SAT's roster while it is on offer (else null).
     */
    SeatsMove step(ScoreDirector<RosterPlan> scoreDirector) {
        switch (state) {
            case WAITING -> {
                if (System.nanoTime() >= from) {
                    start(scoreDirector);
                }
            }
            case PROVING -> {
                if (medium.isDone()) {
                    proved(scoreDirector);
                }
            }
            case CLOSING -> {
                if (closest.isDone()) {
                    List<List<PersonFact>> people = closest.exceptionally(e -> null).join();
                    offered = people == null ? result.people() : people;
                    state = State.OFFERING;
                    LOG.info("CP-SAT beside the search: the closest roster {} after {} ms", people == null
                            ? "not found, CP-SAT's own is offered" : "found", millis());
                }
            }
            default -> { }
        }
        if (state != State.OFFERING) {
            return null;
        }
        HardMediumSoftLongScore now = score(scoreDirector);
        if (asGood(now) || ++offers > OFFERS) {
            done(now);
            return null;
        }
        return SeatsMove.onto(scoreDirector.getWorkingSolution(), offered);
    }

    /**
     * After the search (it may end before CP-SAT is done: by its unimproved limit, for one): waits for CP-SAT, by
     * its deadline at the latest, and puts its roster in place if it is better than the search's.
     */
    void finish(ScoreDirector<RosterPlan> scoreDirector) {
        if (state == State.UNARMED || state == State.DONE || budget.stop() != null && budget.stop().getAsBoolean()) {
            return;
        }
        if (state == State.WAITING) {
            start(scoreDirector);
        }
        if (state == State.PROVING) {
            medium.exceptionally(e -> null).join();
            if (secondStep()) {
                medium.exceptionally(e -> null).join();
            }
            proved(scoreDirector);
        }
        if (state == State.CLOSING) {
            List<List<PersonFact>> people = closest.exceptionally(e -> null).join();
            offered = people == null ? result.people() : people;
            state = State.OFFERING;
        }
        if (state == State.OFFERING) {
            ExactMediumPhase.applyIfBetter(scoreDirector, scoreDirector.getWorkingSolution(), offered,
                    score(scoreDirector), true);
            done(score(scoreDirector));
        }
    }

    private void start(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan snapshot = copy(scoreDirector);
        BitSet all = new BitSet();
        all.set(0, snapshot.shifts.size());
        model = new CompletableFuture<>();
        // one thread loads OR-tools (1.2 s the first time in a JVM), builds the model and runs the first step, at
        // the lowest priority: the search does not wait for it, and the JVM's own threads (its collector, its
        // compiler) go before it on the second core
        medium = async("medium", () -> {
            boolean low = ONE_WORKER_SECONDS > 0 && LOWEST_PRIORITY && lowestPriority();
            ExactMedium.Model m;
            try {
                m = ExactMedium.available() ? ExactMedium.build(snapshot, all) : null;
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
                throw e;
            }
            model.complete(m);
            if (m == null) {
                return null;
            }
            LOG.info("CP-SAT beside the search: its first step on one worker{}", low ? " at the lowest priority" : "");
            return ONE_WORKER_SECONDS > 0 ? m.firstStep(budget, ONE_WORKER_SECONDS) : m.medium(budget, 1.0);
        });
        state = State.PROVING;
        LOG.info("CP-SAT beside the search: started after {} ms on {}", millis(), snapshot.score);
    }

    /**
     * After the first step, on the search's thread: starts the second (all workers) when the first has not proved
     * the optimum; its thread is started here, so it runs at the search's own priority (a thread starts with the
     * priority of the thread that starts it, and a thread may lower its own but not raise it again).
     * @return whether the second step was started
     */
    private boolean secondStep() {
        if (second || ONE_WORKER_SECONDS <= 0) {
            return false;
        }
        ExactMedium.Result first = medium.exceptionally(e -> null).join();
        ExactMedium.Model m = model.exceptionally(e -> null).join();
        if (m == null || !ExactMedium.Model.needsSecondStep(budget, first)) {
            return false;
        }
        second = true;
        LOG.info("CP-SAT beside the search: {} after its first step ({} ms); all {} workers go on", first == null
                ? "no roster" : "not proved", millis(), budget.workers());
        medium = async("medium-all", () -> m.secondStep(budget, first));
        return true;
    }

    private void proved(ScoreDirector<RosterPlan> scoreDirector) {
        if (secondStep()) {
            return;
        }
        result = medium.exceptionally(e -> {
            LOG.warn("CP-SAT beside the search failed; the search goes on alone", e);
            return null;
        }).join();
        HardMediumSoftLongScore now = score(scoreDirector);
        LOG.info("CP-SAT beside the search: {} (bound {}, {}) after {} ms; the search is at {}",
                result == null ? "-" : result.medium(), result == null ? "-" : result.bound(),
                result != null && result.optimal() ? "optimal" : "not proved", millis(), now);
        if (result == null || asGood(now)) {
            done(now);
            return;
        }
        if (!ExactMedium.roomForCloseness(budget)) {
            closest = CompletableFuture.completedFuture(null); // no time: CP-SAT's own roster is offered
        } else {
            RosterPlan reference = copy(scoreDirector);
            ExactMedium.Model m = model.join();
            closest = async("closest", () -> m.closest(budget, 1.0, reference));
        }
        state = State.CLOSING;
    }

    /** The search's roster is at least as good as CP-SAT's on the hard and medium levels. */
    private boolean asGood(HardMediumSoftLongScore now) {
        return result == null || now.hardScore() == 0 && now.mediumScore() >= result.medium();
    }

    private void done(HardMediumSoftLongScore now) {
        state = State.DONE;
        LOG.info("CP-SAT beside the search: done after {} ms at {}", millis(), now);
    }

    /**
     * Lowers the calling thread to the lowest priority (nice 19) through the C library's {@code setpriority}: on
     * Linux nice is per thread, and the threads this one starts (CP-SAT's workers) inherit it. Elsewhere the same call
     * would lower the whole process, so it is made on Linux only. False (and nothing changed) when it fails.
     */
    static boolean lowestPriority() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle setpriority = linker.downcallHandle(linker.defaultLookup().find("setpriority").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT));
            return (int) setpriority.invokeExact(0 /* PRIO_PROCESS */, 0 /* the calling thread */, 19) == 0;
        } catch (Throwable e) {
            LOG.debug("CP-SAT's thread keeps its priority", e);
            return false;
        }
    }

    private <T> CompletableFuture<T> async(String what, Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("roster-cp-sat-" + what).start(() -> {
            try {
                future.complete(work.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private long millis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @SuppressWarnings("unchecked")
    private static RosterPlan copy(ScoreDirector<RosterPlan> scoreDirector) {
        return ((InnerScoreDirector<RosterPlan, HardMediumSoftLongScore>) scoreDirector).cloneWorkingSolution();
    }

    @SuppressWarnings("unchecked")
    private static HardMediumSoftLongScore score(ScoreDirector<RosterPlan> scoreDirector) {
        return ((InnerScoreDirector<RosterPlan, HardMediumSoftLongScore>) scoreDirector).calculateScore();
    }
}
