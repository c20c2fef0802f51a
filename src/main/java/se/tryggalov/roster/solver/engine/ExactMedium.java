package se.tryggalov.roster.solver.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The medium level (risk-weighted missing adults) as an exact CP-SAT model (Google OR-tools), issue #23.
 * <p>
 * One 0/1 variable per person and shift they could take. Per group: it walks (at least its minimum of adults, a lead
 * where one is required, youth walkers only then) or stays empty; its covered need is at most its adults and at most
 * its need. Per person: one shift an evening, no overlaps, nights per month and per weekend within their limits,
 * paid staff's daily rest (pairs) and weekly rest (some gap of the weekly hours free of their shifts, from the week's
 * start or from the end of one of its shifts). A rule whose hard weight is 0 (switched off) is not enforced. So a
 * roster of the model breaks no hard rule of its own making and its medium level is the project's medium score.
 * <p>
 * Fixed (pinned) people stay where they are. Where they already break a group rule (a pinned group below its
 * minimum, without its lead), the model counts that rule's penalty and minimises hard first, as the score does; a
 * new assignment that would break a person rule beside a pinned one is not offered (so with rule-breaking fixed
 * points the model is exact up to that choice). Shifts outside {@code variable} keep their people as they stand
 * (the large-neighbourhood repair on problems too big to solve whole).
 */
public final class ExactMedium {

    private static final Logger LOG = LoggerFactory.getLogger(ExactMedium.class);
    private static volatile Boolean loaded;
    /** At most this long (seconds, or deterministic seconds) for the roster closest to the one as it stood. */
    static final double CLOSENESS_CAP = 3;
    /** CP-SAT's full-problem workers (the benchmark compares others with -Droster.cpsat.subsolvers=...). */
    static final String SUBSOLVERS = System.getProperty("roster.cpsat.subsolvers", "max_lp");

    /**
     * Where the solve ends: wall seconds (the app), or a deterministic time (reproducible tests); a stop flag; and,
     * for wall-clock solves, the moment ({@link System#nanoTime()}, 0 for none) by which CP-SAT must have handed
     * back, whatever share of the wall seconds is left: the solve's own limit minus what the local search needs to
     * end in time. Without it a slow construction or model build pushed the whole solve past its limit (issue #23:
     * 0.5-1.2 s over 10 s on the three largest fresh problems).
     */
    public record Budget(double wallSeconds, double deterministicTime, int workers, BooleanSupplier stop,
                         long deadlineNanos) {
        public Budget(double wallSeconds, double deterministicTime, int workers, BooleanSupplier stop) {
            this(wallSeconds, deterministicTime, workers, stop, 0);
        }

        public boolean deterministic() {
            return deterministicTime > 0;
        }

        /** Wall seconds until the deadline (never below zero), or infinity when there is none. */
        public double secondsLeft() {
            return deadlineNanos == 0 ? Double.POSITIVE_INFINITY
                    : Math.max(0, (deadlineNanos - System.nanoTime()) / 1e9);
        }

        /** The same budget with {@code n} workers. */
        Budget withWorkers(int n) {
            return new Budget(wallSeconds, deterministicTime, n, stop, deadlineNanos);
        }
    }

    /**
     * What CP-SAT found: the people per variable shift (in shift order; null for a shift not variable), the medium
     * level of the roster (-(missing x risk x weight) over the variable shifts), the best bound on it (also over the
     * variable shifts), whether it is proven optimal, and in how many CP-SAT solves of the medium level (two when
     * one worker first did not prove it, {@link Model#secondStep}).
     */
    record Result(List<List<PersonFact>> people, long hardPenalty, long medium, long bound, boolean optimal,
                  long millis, int variables, double deterministicTime, int steps) {
        /** The same medium level with other people (the closest roster), found after {@code millis}. */
        Result withPeople(List<List<PersonFact>> other, long millisNow) {
            return new Result(other, hardPenalty, medium, bound, optimal, millisNow, variables, deterministicTime,
                    steps);
        }
    }

    private ExactMedium() {
    }

    /** Loads OR-tools' native library once; false (and a warning) when this platform has none. */
    static boolean available() {
        if (loaded == null) {
            synchronized (ExactMedium.class) {
                if (loaded == null) {
                    try {
                        Loader.loadNativeLibraries();
                        loaded = true;
                    } catch (Throwable e) {
                        LOG.warn("OR-tools CP-SAT could not be loaded; the solver goes on without the exact phase", e);
                        loaded = false;
                    }
                }
            }
        }
        return loaded;
    }

    /** Candidate pairs (person, shift) of the model over {@code variable}: its size. */
    static long size(RosterPlan plan, BitSet variable) {
        long n = 0;
        List<List<Seat>> seats = GroupConstruction.seatsByShift(plan);
        for (ShiftFact s : plan.shifts) {
            if (variable.get(s.index)) {
                n += freeCandidates(s, seats.get(s.index)).size();
            }
        }
        return n;
    }

    private static List<PersonFact> freeCandidates(ShiftFact s, List<Seat> seats) {
        for (Seat seat : seats) {
            if (!seat.pinned) {
                return seat.candidates.stream().filter(p -> p.couldTake(s)).toList();
            }
        }
        return List.of();
    }

    private static boolean enforced(RosterWeights w, String name) {
        return w.get(name).hardScore() > 0;
    }

    /**
     * Solves the medium level over the {@code variable} shifts, the rest of the roster as it stands; hints the
     * current roster. With {@code closeness} it then spends up to that share of the budget on a roster with the
     * same medium level and as few changes to the current roster as it can (the current roster carries the
     * construction's fairness, which the local search then builds on).
     */
    static Result solve(RosterPlan plan, BitSet variable, Budget budget, double closeness) {
        return solve(build(plan, variable), budget, closeness);
    }

    /** As above, on a model already built and hinted. */
    static Result solve(Model m, Budget budget, double closeness) {
        Result r = m.medium(budget, budget.deterministic() ? 1.0 - closeness : 1.0);
        if (r == null || closeness <= 0 || !m.betterThanHint() || budget.stop() != null && budget.stop().getAsBoolean()
                || !roomForCloseness(budget)) {
            return r;
        }
        List<List<PersonFact>> closest = m.closest(budget, closeness);
        return closest == null ? r : r.withPeople(closest, (System.nanoTime() - m.started) / 1_000_000);
    }

    /**
     * Whether a closeness step fits before the deadline. With less than half a second left its presolve alone ran
     * past it (f400-a: the exact phase ended at 10.5-10.9 s of a 10 s solve), and CP-SAT's own roster, with the
     * same medium level, is there anyway.
     */
    static boolean roomForCloseness(Budget budget) {
        return budget.deterministic() || budget.secondsLeft() >= 0.5;
    }

    /**
     * The model of the medium level over the {@code variable} shifts, the rest of the roster as it stands, with the
     * roster as it stands as its hint. Reads the plan; solving it ({@link Model#medium}) does not, so it may run
     * beside a search on a copy of the plan.
     */
    static Model build(RosterPlan plan, BitSet variable) {
        return structure(plan, variable).hintedFrom(plan);
    }

    /**
     * The model as {@link #build} makes it, without its hint: it reads only what a construction does not change
     * (the candidates, the pinned seats, and the seats of shifts that are not variable), so it can be built on a
     * copy of the plan beside the construction, and hinted with the construction's roster when that is done
     * ({@link Model#hintedFrom}).
     */
    static Model structure(RosterPlan plan, BitSet variable) {
        long started = System.nanoTime();
        RosterWeights w = plan.weights;
        long mediumWeight = w.get(ConstraintCatalog.UNCOVERED_NEED).mediumScore();
        boolean oneShift = enforced(w, ConstraintCatalog.ONE_SHIFT_PER_EVENING);
        boolean overlap = enforced(w, ConstraintCatalog.OVERLAPPING_SHIFTS);
        boolean month = enforced(w, ConstraintCatalog.NIGHTS_PER_MONTH);
        boolean weekend = enforced(w, ConstraintCatalog.NIGHTS_PER_WEEKEND);
        boolean rest = enforced(w, ConstraintCatalog.REST_BETWEEN_SHIFTS);
        boolean weekly = enforced(w, ConstraintCatalog.WEEKLY_REST);
        boolean lead = enforced(w, ConstraintCatalog.LEAD_IN_GROUP);
        List<List<Seat>> seatsByShift = GroupConstruction.seatsByShift(plan);

        // who stands where for good: pinned seats, and every seat of a shift that is not variable
        List<List<PersonFact>> constant = new ArrayList<>();
        List<List<ShiftFact>> constantOf = new ArrayList<>();
        plan.people.forEach(p -> constantOf.add(new ArrayList<>()));
        int[] freeSeats = new int[plan.shifts.size()];
        for (ShiftFact s : plan.shifts) {
            List<PersonFact> fixedHere = new ArrayList<>();
            for (Seat seat : seatsByShift.get(s.index)) {
                if (seat.pinned || !variable.get(s.index)) {
                    if (seat.person != null && !fixedHere.contains(seat.person)) {
                        fixedHere.add(seat.person);
                        constantOf.get(seat.person.index).add(s);
                    }
                } else {
                    freeSeats[s.index]++;
                }
            }
            constant.add(fixedHere);
        }

        CpModel model = new CpModel();
        List<List<BoolVar>> xByShift = new ArrayList<>();
        List<List<PersonFact>> whoByShift = new ArrayList<>();
        List<List<ShiftFact>> shiftsOf = new ArrayList<>();
        List<List<BoolVar>> xOf = new ArrayList<>();
        plan.people.forEach(p -> {
            shiftsOf.add(new ArrayList<>());
            xOf.add(new ArrayList<>());
        });
        int variables = 0;
        // the values of the helper variables at a roster, from the values of its x (the hint, made later)
        List<Consumer<Map<IntVar, Long>>> derived = new ArrayList<>();
        for (ShiftFact s : plan.shifts) {
            List<BoolVar> xs = new ArrayList<>();
            List<PersonFact> who = new ArrayList<>();
            if (variable.get(s.index) && freeSeats[s.index] > 0) {
                for (PersonFact p : freeCandidates(s, seatsByShift.get(s.index))) {
                    if (constant.get(s.index).contains(p)
                            || clashesWithConstant(p, s, constantOf.get(p.index), oneShift, overlap, rest, month,
                            weekend)) {
                        continue;
                    }
                    BoolVar x = model.newBoolVar("x" + p.index + "_" + s.index);
                    xs.add(x);
                    who.add(p);
                    shiftsOf.get(p.index).add(s);
                    xOf.get(p.index).add(x);
                    variables++;
                }
            }
            xByShift.add(xs);
            whoByShift.add(who);
        }

        // ---- person rules ----
        for (PersonFact p : plan.people) {
            List<ShiftFact> ss = shiftsOf.get(p.index);
            List<BoolVar> xs = xOf.get(p.index);
            if (ss.isEmpty()) {
                continue;
            }
            List<ShiftFact> fixedShifts = constantOf.get(p.index);
            Map<Long, List<BoolVar>> byEvening = new HashMap<>();
            Map<Integer, List<BoolVar>> byMonth = new HashMap<>();
            Map<Integer, List<BoolVar>> byWeekend = new HashMap<>();
            for (int i = 0; i < ss.size(); i++) {
                ShiftFact s = ss.get(i);
                byEvening.computeIfAbsent(s.eveningDay, k -> new ArrayList<>()).add(xs.get(i));
                byMonth.computeIfAbsent(s.monthKey, k -> new ArrayList<>()).add(xs.get(i));
                if (s.weekendKey >= 0) {
                    byWeekend.computeIfAbsent(s.weekendKey, k -> new ArrayList<>()).add(xs.get(i));
                }
            }
            if (oneShift) {
                byEvening.values().forEach(v -> {
                    if (v.size() > 1) {
                        model.addAtMostOne(v.toArray(Literal[]::new));
                    }
                });
            }
            if (month) {
                byMonth.forEach((key, v) -> {
                    long fixedThere = fixedShifts.stream().filter(f -> f.monthKey == key).count();
                    long room = p.maxNightsPerMonth - fixedThere;
                    if (v.size() > room) {
                        model.addLessOrEqual(LinearExpr.sum(v.toArray(BoolVar[]::new)), room);
                    }
                });
            }
            if (weekend) {
                byWeekend.forEach((key, v) -> {
                    long fixedThere = fixedShifts.stream().filter(f -> f.weekendKey == key).count();
                    long room = p.maxNightsPerWeekend - fixedThere;
                    if (v.size() > room) {
                        model.addLessOrEqual(LinearExpr.sum(v.toArray(BoolVar[]::new)), room);
                    }
                });
            }
            long gap = p.paidStaff && rest ? p.dailyRestMinutes : 0;
            if (overlap || gap > 0) {
                Integer[] order = new Integer[ss.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, Comparator.comparingLong(i -> ss.get(i).startMinute));
                for (int a = 0; a < order.length; a++) {
                    ShiftFact first = ss.get(order[a]);
                    for (int b = a + 1; b < order.length; b++) {
                        ShiftFact second = ss.get(order[b]);
                        if (second.startMinute >= first.endMinute + gap) {
                            break;
                        }
                        if (oneShift && first.sameEvening(second)) {
                            continue; // already at most one
                        }
                        boolean clash = overlap && !first.sameEvening(second) && first.overlaps(second)
                                || gap > 0 && first.restMinutesTo(second) < gap;
                        if (clash) {
                            model.addBoolOr(new Literal[] {xs.get(order[a]).not(), xs.get(order[b]).not()});
                        }
                    }
                }
            }
            if (p.paidStaff && weekly && p.weeklyRestMinutes > 0) {
                weeklyRest(model, p, ss, xs, fixedShifts, derived);
            }
        }

        // ---- group rules and the objective ----
        long totalNeed = 0;
        for (ShiftFact s : plan.shifts) {
            if (variable.get(s.index)) {
                totalNeed += s.peopleNeeded * s.riskWeight * mediumWeight;
            }
        }
        long hardWeight = totalNeed + 1;
        LinearExprBuilder missing = LinearExpr.newBuilder();
        LinearExprBuilder hard = LinearExpr.newBuilder();
        long missingConstant = 0;
        List<IntVar> covered = new ArrayList<>();
        for (ShiftFact s : plan.shifts) {
            if (!variable.get(s.index)) {
                continue;
            }
            List<BoolVar> xs = xByShift.get(s.index);
            List<PersonFact> who = whoByShift.get(s.index);
            List<PersonFact> fixedHere = constant.get(s.index);
            int fixedAdults = (int) fixedHere.stream().filter(p -> p.adult).count();
            int fixedYouth = (int) fixedHere.stream().filter(p -> p.youthWalker).count();
            int fixedLeads = (int) fixedHere.stream().filter(p -> p.isLeadFor(s)).count();
            LinearExprBuilder adults = LinearExpr.newBuilder().add(fixedAdults);
            LinearExprBuilder youth = LinearExpr.newBuilder().add(fixedYouth);
            LinearExprBuilder leads = LinearExpr.newBuilder().add(fixedLeads);
            int maxAdults = fixedAdults;
            for (int i = 0; i < xs.size(); i++) {
                PersonFact p = who.get(i);
                if (p.adult) {
                    adults.add(xs.get(i));
                    maxAdults++;
                }
                if (p.youthWalker) {
                    youth.add(xs.get(i));
                }
                if (p.isLeadFor(s)) {
                    leads.add(xs.get(i));
                }
            }
            if (xs.size() > freeSeats[s.index]) {
                model.addLessOrEqual(LinearExpr.sum(xs.toArray(BoolVar[]::new)), freeSeats[s.index]);
            }
            long weight = s.riskWeight * mediumWeight;
            missingConstant += s.peopleNeeded * weight;
            int cap = Math.min(s.peopleNeeded, Math.max(maxAdults, 0));
            if (cap < s.minSize && fixedHere.isEmpty()) {
                // can never walk: nobody goes
                xs.forEach(x -> model.addEquality(x, 0));
                continue;
            }
            BoolVar walk = model.newBoolVar("walk" + s.index);
            IntVar c = model.newIntVar(0, Math.max(0, cap), "c" + s.index);
            covered.add(c);
            IntVar shortBy = null; // the helper variables of pinned people's groups, where there are any
            BoolVar someAdult = null;
            BoolVar noLeadThere = null;
            IntVar youthAlone = null;
            model.addLessOrEqual(c, adults);
            model.addLessOrEqual(LinearExpr.newBuilder().add(c).addTerm(walk, -s.peopleNeeded), 0);
            model.addGreaterOrEqual(adults, s.minSize).onlyEnforceIf(walk);
            missing.addTerm(c, -weight);
            if (fixedHere.isEmpty()) {
                for (BoolVar x : xs) {
                    model.addImplication(x, walk);
                }
                if (s.leadRequired && lead) {
                    model.addGreaterOrEqual(leads, 1).onlyEnforceIf(walk);
                }
            } else {
                // pinned people here: the group rules they may break are counted, hard first
                model.addLessOrEqual(adults, s.minSize - 1).onlyEnforceIf(walk.not());
                if (enforced(w, ConstraintCatalog.GROUP_MINIMUM)) {
                    IntVar short_ = model.newIntVar(0, s.minSize, "short" + s.index);
                    shortBy = short_;
                    if (fixedAdults > 0) {
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(short_).add(adults), s.minSize)
                                .onlyEnforceIf(walk.not());
                    } else {
                        BoolVar some = model.newBoolVar("some" + s.index);
                        someAdult = some;
                        model.addGreaterOrEqual(adults, 1).onlyEnforceIf(some);
                        model.addLessOrEqual(adults, 0).onlyEnforceIf(some.not());
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(short_).add(adults), s.minSize)
                                .onlyEnforceIf(new Literal[] {walk.not(), some});
                    }
                    hard.addTerm(short_, w.get(ConstraintCatalog.GROUP_MINIMUM).hardScore());
                }
                if (s.leadRequired && lead) {
                    BoolVar noLead = model.newBoolVar("nolead" + s.index);
                    noLeadThere = noLead;
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(leads).add(noLead), 1);
                    hard.addTerm(noLead, w.get(ConstraintCatalog.LEAD_IN_GROUP).hardScore());
                }
                if (enforced(w, ConstraintCatalog.YOUTH_WITH_ADULTS)) {
                    IntVar lonelyYouth = model.newIntVar(0, fixedYouth + xs.size(), "youth" + s.index);
                    youthAlone = lonelyYouth;
                    model.addGreaterOrEqual(lonelyYouth, youth).onlyEnforceIf(walk.not());
                    hard.addTerm(lonelyYouth, w.get(ConstraintCatalog.YOUTH_WITH_ADULTS).hardScore());
                }
            }
            derived.add(new GroupHint(s, xs, who, fixedAdults, fixedYouth, fixedLeads, cap, walk, c, shortBy,
                    someAdult, noLeadThere, youthAlone));
        }
        LinearExpr hardExpr = hard.build();
        LinearExpr missingExpr = missing.add(missingConstant).build();
        model.minimize(LinearExpr.newBuilder().addTerm(hardExpr, hardWeight).add(missingExpr));

        return new Model(plan, variable, model, xByShift, whoByShift, derived, hardExpr, missingExpr, hardWeight,
                variables, started);
    }

    /**
     * The values of a shift's helper variables at a roster: whether its group walks, how many it covers, and where
     * pinned people stand (the last four, null where the shift has none), how short the group is, whether it has
     * an adult, a lead, and how many youth walkers are left alone.
     */
    private record GroupHint(ShiftFact shift, List<BoolVar> xs, List<PersonFact> who, int fixedAdults, int fixedYouth,
                             int fixedLeads, int cap, BoolVar walk, IntVar covered, IntVar short_, BoolVar some,
                             BoolVar noLead, IntVar lonelyYouth) implements Consumer<Map<IntVar, Long>> {

        @Override
        public void accept(Map<IntVar, Long> hint) {
            int adultsNow = fixedAdults;
            int youthNow = fixedYouth;
            int leadsNow = fixedLeads;
            for (int i = 0; i < xs.size(); i++) {
                PersonFact p = who.get(i);
                boolean on = hint.get(xs.get(i)) == 1L;
                adultsNow += on && p.adult ? 1 : 0;
                youthNow += on && p.youthWalker ? 1 : 0;
                leadsNow += on && p.isLeadFor(shift) ? 1 : 0;
            }
            boolean walkNow = adultsNow >= shift.minSize;
            hint.put(walk, walkNow ? 1L : 0L);
            hint.put(covered, walkNow ? (long) Math.min(cap, adultsNow) : 0L);
            if (short_ != null) {
                hint.put(short_, !walkNow && adultsNow > 0 ? (long) shift.minSize - adultsNow : 0L);
            }
            if (some != null) {
                hint.put(some, adultsNow > 0 ? 1L : 0L);
            }
            if (noLead != null) {
                hint.put(noLead, leadsNow == 0 ? 1L : 0L);
            }
            if (lonelyYouth != null) {
                hint.put(lonelyYouth, walkNow ? 0L : youthNow);
            }
        }
    }

    /** A built model, solved in two steps: the medium level, then the closest roster at that level. */
    static final class Model {
        private RosterPlan plan;
        private final BitSet variable;
        private final CpModel model;
        private final List<List<BoolVar>> xByShift;
        private final List<List<PersonFact>> whoByShift;
        private final List<Consumer<Map<IntVar, Long>>> derived;
        private final Map<IntVar, Long> hint = new LinkedHashMap<>();
        private final LinearExpr hardExpr;
        private final LinearExpr missingExpr;
        private final long hardWeight;
        private final int variables;
        private long started;
        private CpSolver solved;
        private long hardPenalty;
        private long missingValue;

        private Model(RosterPlan plan, BitSet variable, CpModel model, List<List<BoolVar>> xByShift,
                      List<List<PersonFact>> whoByShift, List<Consumer<Map<IntVar, Long>>> derived,
                      LinearExpr hardExpr,
                      LinearExpr missingExpr, long hardWeight, int variables, long started) {
            this.plan = plan;
            this.variable = variable;
            this.model = model;
            this.xByShift = xByShift;
            this.whoByShift = whoByShift;
            this.derived = derived;
            this.hardExpr = hardExpr;
            this.missingExpr = missingExpr;
            this.hardWeight = hardWeight;
            this.variables = variables;
            this.started = started;
        }

        /** The medium level of the hinted roster by the model's own count (for tests: the project's score's). */
        long hintedMedium() {
            return -hintedValue(hint, missingExpr);
        }

        /** The model as CP-SAT gets it, hint included (for tests). */
        com.google.ortools.sat.CpModelProto proto() {
            return model.model();
        }

        /**
         * Hints the roster of {@code roster} (the plan the model was built from, or a copy of it with other people on
         * its free seats), complete: CP-SAT's workers start from it instead of from nothing. The model's roster is
         * then that plan's: the closest roster is measured against it. When the model was built beside the
         * construction, its time counts from here.
         */
        Model hintedFrom(RosterPlan roster) {
            if (roster != plan) {
                started = System.nanoTime();
            }
            plan = roster;
            List<List<Seat>> seatsByShift = GroupConstruction.seatsByShift(roster);
            hint.clear();
            for (ShiftFact s : roster.shifts) {
                List<BoolVar> xs = xByShift.get(s.index);
                if (xs.isEmpty()) {
                    continue;
                }
                BitSet now = new BitSet(); // by index: the roster's plan may be a copy with facts of its own
                for (Seat seat : seatsByShift.get(s.index)) {
                    if (!seat.pinned && seat.person != null) {
                        now.set(seat.person.index);
                    }
                }
                List<PersonFact> who = whoByShift.get(s.index);
                for (int i = 0; i < xs.size(); i++) {
                    hint.put(xs.get(i), now.get(who.get(i).index) ? 1L : 0L);
                }
            }
            derived.forEach(d -> d.accept(hint));
            model.clearHints();
            hint.forEach(model::addHint);
            return this;
        }

        /**
         * The lowest hard penalty, then the fewest risk-weighted missing adults, in {@code share} of the budget; null
         * when stopped before it started or when CP-SAT found no roster.
         */
        Result medium(Budget budget, double share) {
            return medium(budget, share, Double.MAX_VALUE);
        }

        /**
         * Beside a local search on the same two cores CP-SAT works in up to two steps. This first one runs one worker
         * for at most {@code seconds}. One worker proves the year's optimum in 2.1-3.4 s and leaves the search its
         * core (issue #23: with two from the start, the search lost 1.0-2.1 s of CPU in 30 s, and the year's soft
         * level was 0.026 % worse on ten seeds); f400-a needs the second worker's neighbourhood search, which proved
         * -352 after 7.5 s where one worker had not found it after 16.8 s: {@link #secondStep}.
         */
        Result firstStep(Budget budget, double seconds) {
            return medium(budget.withWorkers(1), 1.0, seconds);
        }

        /** Whether the second step is worth starting after {@code first}: not proved, and a second of time left. */
        static boolean needsSecondStep(Budget budget, Result first) {
            return (first == null || !first.optimal()) && budget.workers() > 1
                    && (budget.stop() == null || !budget.stop().getAsBoolean()) && budget.secondsLeft() >= 1;
        }

        /**
         * All the budget's workers for the rest of it, hinted with the first step's roster (if it found one); the
         * first step's bound where it is tighter. Null when this step found nothing and neither had the first.
         */
        Result secondStep(Budget budget, Result first) {
            if (first != null) {
                hintSolved();
            }
            Result second = medium(budget, 1.0);
            if (second == null) {
                return first;
            }
            // both steps solved the same model, so the first step's bound, where tighter, holds for the second's too
            long bound = first != null && first.hardPenalty() == second.hardPenalty()
                    ? Math.min(first.bound(), second.bound()) : second.bound();
            return new Result(second.people(), second.hardPenalty(), second.medium(), bound,
                    second.optimal() || second.medium() == bound, second.millis(), second.variables(),
                    (first == null ? 0 : first.deterministicTime()) + second.deterministicTime(), 2);
        }

        /** CP-SAT's last roster as the model's hint (complete and feasible), the roster as it stood kept to compare. */
        private void hintSolved() {
            model.clearHints();
            for (IntVar v : hint.keySet()) {
                model.addHint(v, solved.value(v));
            }
        }

        private Result medium(Budget budget, double share, double capSeconds) {
            long built = System.nanoTime();
            CpSolver solver = new CpSolver();
            // by the clock, the medium level may take the whole budget (up to the deadline that leaves the local
            // search its end): the closeness step only gets what is left. A fixed share for it (a fifth) left f400-a
            // short of its proven optimum at 10 s in one run of two (-424 against -352) while the closeness step had
            // time unused. Ended by deterministic time, the shares stay as recorded.
            configure(solver, budget, share, capSeconds);
            CpSolverStatus status = run(solver, model, budget);
            if (status == null) {
                LOG.info("CP-SAT not started: the solve was stopped");
                return null;
            }
            LOG.info("CP-SAT: {} variables on {} worker(s), model built in {} ms, {} after {} ms ({} deterministic s): "
                            + "objective {}, bound {}", variables, budget.workers(), (built - started) / 1_000_000,
                    status,
                    (System.nanoTime() - built) / 1_000_000, String.format(java.util.Locale.ROOT, "%.2f",
                            solver.response().getDeterministicTime()),
                    status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE ? solver.objectiveValue()
                            : "-", solver.bestObjectiveBound());
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                LOG.info("CP-SAT found no roster ({}) in its budget", status);
                return null;
            }
            solved = solver;
            long boundObjective = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
            hardPenalty = solver.value(hardExpr);
            missingValue = solver.value(missingExpr);
            // the bound speaks of the medium level only when it allows no fewer hard penalties (else only medium <= 0)
            long bound = boundObjective >= hardPenalty * hardWeight ? -(boundObjective - hardPenalty * hardWeight) : 0;
            return new Result(people(values(solver, xByShift)), hardPenalty, -missingValue, bound,
                    status == CpSolverStatus.OPTIMAL, (System.nanoTime() - started) / 1_000_000, variables,
                    solver.response().getDeterministicTime(), 1);
        }

        /** Whether the medium step's roster breaks fewer hard rules, or as few with fewer missing, than the hint. */
        boolean betterThanHint() {
            long hintedHard = hintedValue(hint, hardExpr);
            return hardPenalty < hintedHard
                    || hardPenalty == hintedHard && missingValue < hintedValue(hint, missingExpr);
        }

        /**
         * After {@link #medium}: a roster with its hard penalty and medium level and as few changes as it can from
         * the roster as it stands now (which may be another than the one the model was built from: the local
         * search's, run beside CP-SAT), in {@code share} of the budget; null when none was found.
         */
        List<List<PersonFact>> closest(Budget budget, double share) {
            return closest(budget, share, plan);
        }

        /** As above, closest to the roster of {@code reference} (a copy of the plan the model was built from). */
        List<List<PersonFact>> closest(Budget budget, double share, RosterPlan reference) {
            List<List<Seat>> seatsByShift = GroupConstruction.seatsByShift(reference);
            model.addEquality(hardExpr, hardPenalty);
            model.addLessOrEqual(missingExpr, missingValue);
            LinearExprBuilder changes = LinearExpr.newBuilder();
            for (ShiftFact s : plan.shifts) {
                List<BoolVar> xs = xByShift.get(s.index);
                for (int i = 0; i < xs.size(); i++) {
                    boolean was = false;
                    for (Seat seat : seatsByShift.get(s.index)) {
                        was |= !seat.pinned && seat.person == whoByShift.get(s.index).get(i);
                    }
                    if (was) {
                        changes.add(1).addTerm(xs.get(i), -1);
                    } else {
                        changes.add(xs.get(i));
                    }
                }
            }
            hintSolved();
            model.minimize(changes);
            CpSolver second = new CpSolver();
            configure(second, budget, share, CLOSENESS_CAP);
            CpSolverStatus s2 = run(second, model, budget);
            LOG.debug("CP-SAT closeness: {}", s2);
            return s2 == CpSolverStatus.OPTIMAL || s2 == CpSolverStatus.FEASIBLE ? people(values(second, xByShift))
                    : null;
        }

        private List<List<PersonFact>> people(boolean[][] chosen) {
            List<List<PersonFact>> people = new ArrayList<>();
            for (ShiftFact s : plan.shifts) {
                if (!variable.get(s.index)) {
                    people.add(null);
                    continue;
                }
                List<PersonFact> here = new ArrayList<>();
                for (int i = 0; i < chosen[s.index].length; i++) {
                    if (chosen[s.index][i]) {
                        here.add(whoByShift.get(s.index).get(i));
                    }
                }
                people.add(here);
            }
            return people;
        }
    }

    /** The value of an expression at the hint (the roster as it stood). */
    private static long hintedValue(Map<IntVar, Long> hint, LinearExpr expr) {
        long v = expr.getOffset();
        Map<Integer, Long> byIndex = new HashMap<>();
        hint.forEach((var, value) -> byIndex.put(var.getIndex(), value));
        for (int i = 0; i < expr.numElements(); i++) {
            v += expr.getCoefficient(i) * byIndex.getOrDefault(expr.getVariableIndex(i), 0L);
        }
        return v;
    }

    private static boolean[][] values(CpSolver solver, List<List<BoolVar>> xByShift) {
        boolean[][] v = new boolean[xByShift.size()][];
        for (int s = 0; s < v.length; s++) {
            List<BoolVar> xs = xByShift.get(s);
            v[s] = new boolean[xs.size()];
            for (int i = 0; i < xs.size(); i++) {
                v[s][i] = solver.booleanValue(xs.get(i));
            }
        }
        return v;
    }

    private static void configure(CpSolver solver, Budget budget, double share, double cap) {
        var params = solver.getParameters();
        boolean log = Boolean.getBoolean("roster.cpsat.log");
        params.setLogSearchProgress(log);
        if (log) {
            solver.setLogCallback(System.out::println);
        }
        // presolve's symmetry search and deep probing cost seconds on these models and prove nothing here
        params.setSymmetryLevel(0).setCpModelProbingLevel(0);
        if (!budget.deterministic()) {
            // one presolve pass by the clock: on f400-a (42 k variables) the default passes took 2.2 s of a 10 s
            // solve; with one (1.4 s) the medium level reached its proven optimum at 10 s in 4 runs of 4, against
            // 0 of 3 (bench/README.md, "All 26 problems at 10 s of wall time"). Ended by deterministic time, the
            // recorded runs stay as they were.
            params.setMaxPresolveIterations(1);
        }
        String extra = System.getProperty("roster.cpsat.params");
        if (extra != null) { // the benchmark tries other parameters, in protobuf text format
            try {
                com.google.protobuf.TextFormat.merge(extra, params);
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException(extra, e);
            }
        }
        if (budget.deterministic()) {
            // one worker: the same roster on any machine, however loaded
            params.setNumWorkers(1).setLinearizationLevel(2).setMaxDeterministicTime(Math.min(cap, budget.deterministicTime() * share));
        } else {
            // the linear relaxation first: CP-SAT's default portfolio on 2 workers stalls on these models (STACK.md)
            params.setNumWorkers(Math.max(1, budget.workers()))
                    .setMaxTimeInSeconds(Math.max(0.05, Math.min(Math.min(cap, budget.wallSeconds() * share),
                            budget.secondsLeft())));
            for (String name : SUBSOLVERS.split(",")) {
                if (!name.isBlank()) {
                    params.addSubsolvers(name.trim());
                }
            }
        }
    }

    /**
     * Solves, or returns null without solving when the stop flag is already up. A stop asked for while CP-SAT runs
     * ends it within 50 ms: the watcher asks CP-SAT to stop again and again until the solve returns, because
     * OR-tools' {@code stopSearch} does nothing before {@code solve} has set up its search (it was called once, and
     * a stop pressed during the model's first milliseconds was lost: CP-SAT then ran its whole budget).
     */
    private static CpSolverStatus run(CpSolver solver, CpModel model, Budget budget) {
        if (budget.stop() == null) {
            return solver.solve(model);
        }
        if (budget.stop().getAsBoolean()) {
            return null;
        }
        Thread watcher = Thread.ofPlatform().daemon().name("cp-sat-stop-watcher").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (budget.stop().getAsBoolean()) {
                        solver.stopSearch();
                    }
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            return solver.solve(model);
        } finally {
            watcher.interrupt();
        }
    }

    /** A new shift for {@code p} that would break a person rule beside one of their pinned shifts. */
    private static boolean clashesWithConstant(PersonFact p, ShiftFact s, List<ShiftFact> fixed, boolean oneShift,
                                               boolean overlap, boolean rest, boolean month, boolean weekend) {
        int inMonth = 0;
        int inWeekend = 0;
        for (ShiftFact f : fixed) {
            if (oneShift && f.sameEvening(s) || overlap && !f.sameEvening(s) && f.overlaps(s)
                    || rest && p.paidStaff && p.dailyRestMinutes > 0 && f.restMinutesTo(s) < p.dailyRestMinutes) {
                return true;
            }
            inMonth += f.monthKey == s.monthKey ? 1 : 0;
            inWeekend += s.weekendKey >= 0 && f.weekendKey == s.weekendKey ? 1 : 0;
        }
        return month && inMonth >= p.maxNightsPerMonth || weekend && s.weekendKey >= 0
                && inWeekend >= p.maxNightsPerWeekend;
    }

    /**
     * Paid staff's weekly rest: in every week some stretch of the weekly hours holds none of their shifts. Such a
     * stretch, if there is one, can start at the week's start or at the end of one of their shifts in that week, so
     * one 0/1 per such start says "free from here"; at least one must hold. Fixed shifts take their part as given.
     */
    private static void weeklyRest(CpModel model, PersonFact p, List<ShiftFact> ss, List<BoolVar> xs,
                                   List<ShiftFact> fixedShifts, List<Consumer<Map<IntVar, Long>>> derived) {
        Map<Long, List<Integer>> weeks = new HashMap<>();
        for (int i = 0; i < ss.size(); i++) {
            weeks.computeIfAbsent(ss.get(i).weekStartMinute, k -> new ArrayList<>()).add(i);
        }
        long need = p.weeklyRestMinutes;
        weeks.forEach((weekStart, members) -> {
            List<ShiftFact> fixedInWeek = fixedShifts.stream().filter(f -> f.weekStartMinute == weekStart).toList();
            List<ShiftFact> all = new ArrayList<>(fixedInWeek);
            members.forEach(i -> all.add(ss.get(i)));
            if (ShiftFact.longestRestInWeek(weekStart, all) >= need) {
                return; // even all of them at once leave the rest
            }
            if (!fixedInWeek.isEmpty() && ShiftFact.longestRestInWeek(weekStart, fixedInWeek) < need) {
                members.forEach(i -> model.addEquality(xs.get(i), 0)); // pinned ones already break it
                return;
            }
            List<Long> starts = new ArrayList<>();
            starts.add(weekStart);
            all.forEach(s -> starts.add(s.endMinute));
            List<Literal> options = new ArrayList<>();
            for (long t : starts.stream().distinct().sorted().toList()) {
                if (t < weekStart || t + need > weekStart + ShiftFact.WEEK_MINUTES) {
                    continue;
                }
                boolean blockedByFixed = fixedInWeek.stream().anyMatch(f -> f.startMinute < t + need && f.endMinute > t);
                if (blockedByFixed) {
                    continue;
                }
                BoolVar free = model.newBoolVar("rest" + p.index + "_" + t);
                List<BoolVar> within = new ArrayList<>();
                for (int i : members) {
                    ShiftFact s = ss.get(i);
                    if (s.startMinute < t + need && s.endMinute > t) {
                        model.addImplication(free, xs.get(i).not());
                        within.add(xs.get(i));
                    }
                }
                derived.add(hint -> hint.put(free, within.stream().allMatch(x -> hint.get(x) == 0L) ? 1L : 0L));
                options.add(free);
            }
            if (options.isEmpty()) {
                members.forEach(i -> model.addEquality(xs.get(i), 0));
            } else {
                model.addBoolOr(options);
            }
        });
    }
}
