package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import org.slf4j.LoggerFactory;
import se.tryggalov.roster.solver.RosterJson;
import se.tryggalov.roster.solver.RosterProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The exact optimum of a tiny instance by exhaustive search, scored by the solver's own constraints (OptaPlanner's
 * incremental score director), so the benchmark knows how far the search is from the optimum. Every person gets
 * one of their patterns: nothing, or a set of shifts they are a candidate for that breaks none of their own rules
 * (one shift an evening, limits, rest). Leaving out patterns that break a person's own rule is safe: the empty
 * roster is feasible, so the optimum is feasible too. Group rules (minimum, lead, youth) are left to the score.
 * Argument: instance.json
 */
public final class ExactReference {

    private final InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director;
    private final List<List<Seat>> seatsByShift;
    private HardMediumSoftLongScore best;
    private long leaves;

    @SuppressWarnings("unchecked")
    private ExactReference(RosterPlan plan) {
        DefaultSolverFactory<RosterPlan> factory =
                (DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(SearchConfig.base());
        director = (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore>)
                (InnerScoreDirector<?, ?>) factory.getScoreDirectorFactory().buildScoreDirector(false, false);
        director.setWorkingSolution(plan);
        seatsByShift = GroupConstruction.seatsByShift(plan);
    }

    public static HardMediumSoftLongScore optimum(RosterProblem problem) {
        RosterPlan plan = PlanBuilder.build(problem, List.of());
        return new ExactReference(plan).run(plan);
    }

    private HardMediumSoftLongScore run(RosterPlan plan) {
        List<PersonFact> people = new ArrayList<>();
        List<List<List<ShiftFact>>> patterns = new ArrayList<>();
        for (PersonFact person : plan.people) {
            List<ShiftFact> options = plan.shifts.stream()
                    .filter(s -> seatsByShift.get(s.index).getFirst().candidates.contains(person)).toList();
            List<List<ShiftFact>> own = new ArrayList<>();
            extend(person, options, 0, new ArrayList<>(), new Occupancy(emptyPlan(plan)), own);
            people.add(person);
            patterns.add(own);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> patterns.get(i).size()));
        double space = 1;
        for (List<List<ShiftFact>> p : patterns) {
            space *= p.size();
        }
        System.out.printf(Locale.ROOT, "%d people, %.0f rosters to score%n", people.size(), space);
        dfs(0, order, people, patterns);
        System.out.println("scored " + leaves + ", optimum " + best);
        return best;
    }

    /** A plan with the same facts and no one assigned, for checking one person's patterns alone. */
    private static RosterPlan emptyPlan(RosterPlan plan) {
        return new RosterPlan(plan.shifts, plan.people, plan.organisations, plan.published, List.of(), plan.weights);
    }

    private static void extend(PersonFact person, List<ShiftFact> options, int from, List<ShiftFact> current,
                               Occupancy occupancy, List<List<ShiftFact>> out) {
        out.add(List.copyOf(current));
        for (int i = from; i < options.size(); i++) {
            ShiftFact shift = options.get(i);
            if (occupancy.canTake(person, shift, null)) {
                occupancy.add(person, shift);
                current.add(shift);
                extend(person, options, i + 1, current, occupancy, out);
                current.removeLast();
                occupancy.remove(person, shift);
            }
        }
    }

    private void dfs(int depth, List<Integer> order, List<PersonFact> people, List<List<List<ShiftFact>>> patterns) {
        if (depth == order.size()) {
            leaves++;
            HardMediumSoftLongScore score = director.calculateScore();
            if (score.hardScore() == 0 && (best == null || score.compareTo(best) > 0)) {
                best = score;
            }
            return;
        }
        int i = order.get(depth);
        PersonFact person = people.get(i);
        for (List<ShiftFact> pattern : patterns.get(i)) {
            List<Seat> taken = new ArrayList<>();
            boolean fits = true;
            for (ShiftFact shift : pattern) {
                Seat free = seatsByShift.get(shift.index).stream().filter(s -> s.person == null).findFirst()
                        .orElse(null);
                if (free == null) {
                    fits = false;
                    break;
                }
                set(free, person);
                taken.add(free);
            }
            if (fits) {
                dfs(depth + 1, order, people, patterns);
            }
            for (Seat s : taken) {
                set(s, null);
            }
        }
    }

    private void set(Seat seat, PersonFact person) {
        director.beforeVariableChanged(seat, "person");
        seat.person = person;
        director.afterVariableChanged(seat, "person");
    }

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger("org.optaplanner") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        long started = System.nanoTime();
        HardMediumSoftLongScore optimum = optimum(RosterJson.readProblem(Path.of(args[0])));
        System.out.printf(Locale.ROOT, "{\"instance\":\"%s\",\"optimum\":\"%s\",\"seconds\":%.1f}%n",
                Path.of(args[0]).getFileName(), optimum, (System.nanoTime() - started) / 1e9);
    }
}
