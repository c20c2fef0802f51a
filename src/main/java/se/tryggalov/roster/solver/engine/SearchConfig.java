package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchPickEarlyType;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to search, so the benchmark can compare them and the solver uses the winner ({@link #DEFAULT}).
 *
 * @param construction GROUPS (whole groups, riskiest first) or FIRST_FIT_DECREASING (OptaPlanner's, seat by seat)
 * @param acceptor LATE_ACCEPTANCE, TABU (entity tabu), SIMULATED_ANNEALING or HILL_CLIMBING
 * @param acceptorSize late acceptance size, or entity tabu size
 * @param acceptedCountLimit moves evaluated per step (forager)
 * @param moves comma-separated: change, swap (OptaPlanner's), free-change, free-swap (the same, only with people
 *              who could take the seat: {@link FreePeopleFilter}), group (the whole-group moves), pillar (pillar
 *              swaps); a kind followed by {@code @w} is tried w times as often as a kind without (group@3: three
 *              times as often, group@0.5: half as often)
 * @param startingTemperature simulated annealing only
 * @param pickEarly take the first move that beats the last step's score rather than the best of
 *                  {@code acceptedCountLimit} (the steps are cheap while improvements are easy to find)
 */
public record SearchConfig(String name, String construction, String acceptor, int acceptorSize,
                           int acceptedCountLimit, String moves, String startingTemperature, boolean pickEarly) {

    public SearchConfig(String name, String construction, String acceptor, int acceptorSize, int acceptedCountLimit,
                        String moves, String startingTemperature) {
        this(name, construction, acceptor, acceptorSize, acceptedCountLimit, moves, startingTemperature, false);
    }

    /** Chosen by the benchmark (bench/README.md). */
    public static final SearchConfig DEFAULT = new SearchConfig("exact-tabu", "GROUPS_EXACT", "TABU", 7, 500,
            "free-change@0.5,free-swap,group@0.5", null, true);

    /** The search before issue #23: the group construction without the exact phase. */
    public static final SearchConfig GROUPS_ONLY = new SearchConfig("tabu-groups", "GROUPS", "TABU", 7, 500,
            "free-change@0.5,free-swap,group@0.5", null, true);

    /** OptaPlanner's defaults: first fit, late acceptance size 400 over change and swap moves. */
    public static final SearchConfig OPTAPLANNER_DEFAULT = new SearchConfig("default", "FIRST_FIT",
            "LATE_ACCEPTANCE", 400, 1, "change,swap", null);

    /**
     * The same search for a roster of {@code seats} seats: an entity tabu of at most an eighth of the seats (at least
     * one), so that a small roster is not half frozen. On the 16 seats of tiny2, tabu 7 reached the optimum with one
     * seed of three and tabu 2 with all three; from 56 seats up nothing changes.
     */
    public SearchConfig sizedFor(int seats) {
        int size = Math.max(1, Math.min(acceptorSize, seats / 8));
        if (!"TABU".equals(acceptor) || size == acceptorSize) {
            return this;
        }
        return new SearchConfig(name, construction, acceptor, size, acceptedCountLimit, moves, startingTemperature,
                pickEarly);
    }

    /**
     * The solver configuration. The unimproved limit ends the solve early once it has stopped improving for a
     * while that grows with the size of the problem (a few seconds for a break, longer for a year).
     */
    public SolverConfig solverConfig(long seed, Duration limit, Duration unimproved) {
        return solverConfig(seed, limit, unimproved, exactBudget(limit, null));
    }

    /**
     * The exact phase's budget in a solve of {@code limit}: 75 % of it (at most a minute), the rest for the soft
     * level; CP-SAT usually proves the optimum of a year in a few seconds and hands the rest back.
     */
    public static ExactMedium.Budget exactBudget(Duration limit, java.util.function.BooleanSupplier stop) {
        return new ExactMedium.Budget(Math.min(60, limit.toMillis() * 0.75 / 1000), 0, 2, stop,
                System.nanoTime() + limit.toNanos() - handBack(limit).toNanos());
    }

    /**
     * What the exact phase leaves at the end of a solve of {@code limit} whatever happened before it (a slow
     * construction or model build): a tenth of the limit, at least half a second and at most five, for CP-SAT to
     * stop, its roster to be applied and scored and the local search to end at the limit.
     */
    static Duration handBack(Duration limit) {
        return Duration.ofMillis(Math.clamp(limit.toMillis() / 10, 500, 5_000));
    }

    /**
     * CP-SAT's deterministic time (about a second of one worker on an idle machine each) in solves ended by
     * evaluation count; the benchmark's machine-independent runs set it (-Droster.cpsat.deterministicTime).
     */
    static final double DETERMINISTIC_TIME = Double.parseDouble(System.getProperty("roster.cpsat.deterministicTime",
            "20"));

    /** A budget that ends by CP-SAT's deterministic time, for reproducible solves ended by evaluation count. */
    public static ExactMedium.Budget deterministicBudget(java.util.function.BooleanSupplier stop) {
        return new ExactMedium.Budget(0, DETERMINISTIC_TIME, 1, stop);
    }

    /** As above, with the exact phase's budget given. */
    public SolverConfig solverConfig(long seed, Duration limit, Duration unimproved, ExactMedium.Budget budget) {
        List<PhaseConfig> phases = new ArrayList<>();
        boolean beside = false;
        switch (construction) {
            case "GROUPS" -> phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new GroupConstruction()));
            case "GROUPS_EXACT" -> {
                phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new GroupConstruction()));
                // in a long solve by the clock the local search starts at once and CP-SAT joins it later
                Duration delay = exactDelay(limit);
                beside = BESIDE && !budget.deterministic() && budget.deadlineNanos() != 0 && !delay.isZero()
                        && moves.contains("group");
                phases.add(new CustomPhaseConfig().withCustomPhaseCommands(beside
                        ? new ExactMediumPhase(budget, budget.deadlineNanos() - limit.toNanos()
                        + handBack(limit).toNanos() + delay.toNanos())
                        : new ExactMediumPhase(budget)));
            }
            case "FIRST_FIT_DECREASING" -> phases.add(new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
            case "FIRST_FIT" -> phases.add(new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT));
            case "NONE" -> { }
            default -> throw new IllegalArgumentException(construction);
        }
        List<MoveSelectorConfig> selectors = new ArrayList<>();
        for (String move : moves.split(",")) {
            String[] kind = move.trim().split("@");
            MoveSelectorConfig selector = switch (kind[0]) {
                case "change" -> new ChangeMoveSelectorConfig();
                case "swap" -> new SwapMoveSelectorConfig();
                case "free-change" -> new ChangeMoveSelectorConfig().withFilterClass(FreePeopleFilter.class);
                case "free-swap" -> new SwapMoveSelectorConfig().withFilterClass(FreePeopleFilter.class);
                case "group" -> new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(GroupMoveFactory.class);
                case "pillar" -> new PillarSwapMoveSelectorConfig();
                default -> throw new IllegalArgumentException(move);
            };
            if (kind.length > 1) {
                selector.setFixedProbabilityWeight(Double.parseDouble(kind[1]));
            }
            selectors.add(selector);
        }
        LocalSearchAcceptorConfig acceptorConfig = new LocalSearchAcceptorConfig();
        switch (acceptor) {
            case "LATE_ACCEPTANCE" -> acceptorConfig.withLateAcceptanceSize(acceptorSize);
            case "TABU" -> acceptorConfig.withEntityTabuSize(acceptorSize);
            case "SIMULATED_ANNEALING" -> acceptorConfig.withSimulatedAnnealingStartingTemperature(
                    startingTemperature == null ? "0hard/2medium/50soft" : startingTemperature);
            case "HILL_CLIMBING" -> acceptorConfig.withAcceptorTypeList(
                    List.of(org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType.HILL_CLIMBING));
            default -> throw new IllegalArgumentException(acceptor);
        }
        phases.add(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        selectors.toArray(MoveSelectorConfig[]::new)))
                .withAcceptorConfig(acceptorConfig)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit)
                        .withPickEarlyType(pickEarly ? LocalSearchPickEarlyType.FIRST_LAST_STEP_SCORE_IMPROVING
                                : LocalSearchPickEarlyType.NEVER)));
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limit);
        if (unimproved != null) {
            // on the local search alone: the exact phase may take a while without a new best roster
            ((LocalSearchPhaseConfig) phases.getLast()).withTerminationConfig(
                    new TerminationConfig().withUnimprovedSpentLimit(unimproved));
        }
        if (beside && unimproved != null) {
            // CP-SAT beside the search: its roster, if better, when the search ended (by its unimproved limit) before
            // taking it; without that limit the search runs to the solve's end and takes it itself
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands((CustomPhaseCommand<RosterPlan>) sd -> {
                if (sd.getWorkingSolution().beside != null) {
                    sd.getWorkingSolution().beside.finish(sd);
                }
            }));
        }
        return base().withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(seed)
                .withTerminationConfig(termination).withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /**
     * When CP-SAT joins the local search in a solve of {@code limit} by the clock: at once (the exact phase first)
     * up to 20 s, so that the medium level is at its proven optimum within 10 s; in a longer solve 20 s before its
     * end, but at the latest at a third of it. The search alone reaches the year's optimum of the medium level in
     * 5-10 s, so CP-SAT then mostly proves it and leaves the search's roster (and its soft level) as it is.
     */
    static Duration exactDelay(Duration limit) {
        Duration beforeTheEnd = limit.minusSeconds(20);
        if (beforeTheEnd.isNegative() || beforeTheEnd.isZero()) {
            return Duration.ZERO;
        }
        Duration third = limit.dividedBy(3);
        return beforeTheEnd.compareTo(third) < 0 ? beforeTheEnd : third;
    }

    /** The exact phases of a configuration made by {@link #solverConfig} (none, or one). */
    static List<ExactMediumPhase> exactPhases(SolverConfig config) {
        List<ExactMediumPhase> found = new ArrayList<>();
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandList() != null) {
                custom.getCustomPhaseCommandList().stream().filter(ExactMediumPhase.class::isInstance)
                        .map(ExactMediumPhase.class::cast).forEach(found::add);
            }
        }
        return found;
    }

    /** Whether CP-SAT runs beside the local search in long solves (compare with -Droster.cpsat.beside=false). */
    static final boolean BESIDE = Boolean.parseBoolean(System.getProperty("roster.cpsat.beside", "true"));

    /** The model alone: enough to score a roster. */
    static SolverConfig base() {
        return new SolverConfig().withSolutionClass(RosterPlan.class).withEntityClasses(Seat.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RosterConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }
}
