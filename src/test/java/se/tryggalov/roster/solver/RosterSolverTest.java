package se.tryggalov.roster.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchStepScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import se.tryggalov.roster.solver.engine.RosterPlan;
import se.tryggalov.roster.solver.engine.SearchConfig;
import se.tryggalov.roster.solver.engine.SolverEngine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.tryggalov.roster.solver.Problems.*;

/**
 * Solves end after a fixed number of evaluated moves, not after a time, so each gives the same roster on any machine
 * however loaded (on a loaded machine the time-bound search stopped before covering the small problem).
 */
class RosterSolverTest {

    /** Evaluated moves per solve: twice what the small problem needs to be fully covered with seed 1. */
    private static final long EVALUATIONS = 30_000;

    private final RosterSolver solver = new RosterSolver();

    /** The solver's search with seed 1, ended after {@link #EVALUATIONS} evaluated moves. */
    private RosterSolution solve(RosterProblem problem, Consumer<SolveProgress> progress) {
        return solver.solveForEvaluations(problem, new SolveOptions(null, 1L, () -> false), EVALUATIONS, progress);
    }

    /** Two evenings, Alby and Fittja each, 14 people of whom 4 leads: everything can be covered. */
    static RosterProblem small() {
        LocalDate sat = FRIDAY.plusDays(1);
        Problems p = problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 3, 3, 5, true))
                .shift(shift(2, FRIDAY, FITTJA, 5, 3, 4, 5, true))
                .shift(shift(3, sat, ALBY, 2, 3, 3, 5, true))
                .shift(shift(4, sat, FITTJA, 2, 3, 3, 5, true));
        for (long id = 1; id <= 14; id++) {
            p.person(person(id, id <= 4, FRIDAY, sat));
        }
        return p.build();
    }

    @Test
    void aSmallProblemIsSolvedWithoutBreakingAHardRuleAndFullyCovered() {
        AtomicInteger reports = new AtomicInteger();
        RosterSolution solution = solve(small(), progress -> reports.incrementAndGet());
        assertThat(solution.hard()).isZero();
        assertThat(solution.medium()).isZero();
        assertThat(solution.coveredShare()).isEqualTo(1.0);
        assertThat(solution.gaps()).isEmpty();
        assertThat(solution.assignments()).hasSize(13);
        assertThat(solution.violations()).noneMatch(v -> v.level().equals("HARD"));
        assertThat(reports.get()).isPositive();
    }

    @Test
    void aSeedAndAnEvaluationCountGiveTheSameRosterEveryTime() {
        RosterSolution first = solve(small(), null);
        RosterSolution second = solve(small(), null);
        assertThat(second.score()).isEqualTo(first.score());
        assertThat(second.assignments()).isEqualTo(first.assignments());
    }

    @Test
    void fixedAssignmentsAreNeverMoved() {
        // person 5 is pinned to Alby on Friday although Fittja is riskier, 6 to Fittja, 7 to Alby on Saturday
        RosterProblem base = small();
        RosterProblem problem = new RosterProblem("fixed", base.shifts(), base.people(),
                List.of(new PlannedAssignment(1, 5), new PlannedAssignment(3, 7), new PlannedAssignment(2, 6)),
                List.of(), base.settings());
        RosterSolution solution = solve(problem, null);
        assertThat(solution.assignments()).contains(new PlannedAssignment(1, 5), new PlannedAssignment(3, 7),
                new PlannedAssignment(2, 6));
        assertThat(solution.hard()).isZero();
    }

    @Test
    void raisingTheStopFlagEndsTheSolveAtTheStepItWasRaised() {
        // a count of evaluations the search would take minutes to reach; the flag goes up after the 20th step of
        // the local search, which then waits (bounded) until the solver has been told to stop
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger steps = new AtomicInteger();
        RosterSolution solution = SolverEngine.solveForEvaluations(small(), new SolveOptions(null, 1L, stop::get),
                Long.MAX_VALUE, null, SearchConfig.DEFAULT, solver -> ((DefaultSolver<RosterPlan>) solver)
                        .addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                            @Override
                            public void stepEnded(AbstractStepScope<RosterPlan> step) {
                                if (step instanceof LocalSearchStepScope && steps.incrementAndGet() == 20) {
                                    stop.set(true);
                                    await("the raised stop flag to reach the solver").atMost(Duration.ofSeconds(10))
                                            .until(solver::isTerminateEarly);
                                }
                            }
                        }));
        assertThat(steps).as("local search steps").hasValue(20);
        assertThat(solution.hard()).isZero();
        assertThat(solution.assignments()).isNotEmpty();
    }

    @Test
    void replanningAfterACancellationKeepsThePublishedRosterAsFarAsItCan() {
        // the small problem with six more people, so a cancelled walker can be replaced without a chain of moves
        RosterProblem base = small();
        List<ProblemPerson> more = new java.util.ArrayList<>(base.people());
        for (long id = 15; id <= 20; id++) {
            more.add(person(id, id <= 16, FRIDAY, FRIDAY.plusDays(1)));
        }
        RosterProblem first = new RosterProblem("more", base.shifts(), more, List.of(), List.of(), base.settings());
        RosterSolution published = solve(first, null);
        // one person who walks on Friday cancels: no longer available
        PlannedAssignment cancelled = published.assignments().stream().filter(a -> a.shiftId() == 2).findFirst()
                .orElseThrow();
        List<ProblemPerson> people = first.people().stream().map(p -> p.id() != cancelled.personId() ? p
                : new ProblemPerson(p.id(), p.name(), p.organisationIds(), p.homeDistrictIds(), p.gender(), p.adult(),
                        p.youthWalker(), p.experienced(), p.paidStaff(), p.qualifications(), p.maxNightsPerMonth(),
                        p.maxNightsPerWeekend(), List.of())).toList();
        RosterProblem again = new RosterProblem("again", first.shifts(), people, List.of(), published.assignments(),
                first.settings());
        RosterSolution replanned = solve(again, null);
        assertThat(replanned.hard()).isZero();
        assertThat(replanned.coveredShare()).as("the cancelled walker's place is taken").isEqualTo(1.0);
        assertThat(replanned.assignments()).doesNotContain(cancelled);
        long kept = published.assignments().stream().filter(replanned.assignments()::contains).count();
        assertThat(kept).isGreaterThanOrEqualTo(published.assignments().size() - 2);
    }

    @Test
    void evaluateReportsEveryBrokenRuleOfAHandMadeRoster() {
        // shift 2 (Fittja, Friday) gets two people, one of them not available that evening; person 1 twice on Friday
        RosterProblem problem = problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 3, 3, 5, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 3, 3, 5, false))
                .person(person(1, true, FRIDAY))
                .person(person(2, false, FRIDAY))
                .person(person(3, false, FRIDAY))
                .person(person(4, false, FRIDAY.plusDays(1)))
                .build();
        RosterSolution s = solver.evaluate(problem, List.of(new PlannedAssignment(1, 1), new PlannedAssignment(1, 2),
                new PlannedAssignment(1, 3), new PlannedAssignment(2, 1), new PlannedAssignment(2, 4)));
        assertThat(s.feasible()).isFalse();
        assertThat(s.violations()).extracting(RosterSolution.Violation::constraint)
                .contains("availability", "oneShiftPerEvening", "groupMinimum");
        RosterSolution.Violation unavailable = s.violations().stream()
                .filter(v -> v.constraint().equals("availability")).findFirst().orElseThrow();
        assertThat(unavailable.level()).isEqualTo("HARD");
        assertThat(unavailable.shiftId()).isEqualTo(2L);
        assertThat(unavailable.personId()).isEqualTo(4L);
        assertThat(unavailable.args()).containsExactly("Person 4", "2027-02-26", "Fittja");
        // the Fittja group is below its minimum, so it covers nothing: a gap that says so
        ShiftGap fittja = s.gaps().stream().filter(g -> g.shiftId() == 2).findFirst().orElseThrow();
        assertThat(fittja.missing()).isEqualTo(3);
        assertThat(fittja.reasons()).extracting(ShiftGap.Reason::code).contains("solver.gap.belowMinimum");
        // the same roster without the broken rules is clean
        RosterSolution good = solver.evaluate(problem, List.of(new PlannedAssignment(1, 1),
                new PlannedAssignment(1, 2), new PlannedAssignment(1, 3)));
        assertThat(good.feasible()).isTrue();
        assertThat(good.violations()).noneMatch(v -> v.level().equals("HARD"));
    }

    @Test
    void gapsSayWhyAShiftStayedEmpty() {
        // one lead only: Alby is riskier and gets the lead; Fittja the same evening cannot walk without one;
        // nobody at all said yes to the Monday
        LocalDate monday = FRIDAY.plusDays(3);
        Problems p = problem()
                .shift(shift(1, FRIDAY, ALBY, 5, 3, 3, 5, true))
                .shift(shift(2, FRIDAY, FITTJA, 3, 3, 3, 5, true))
                .shift(shift(3, monday, ALBY, 2, 3, 3, 5, false))
                .person(person(1, true, FRIDAY));
        for (long id = 2; id <= 7; id++) {
            p.person(person(id, false, FRIDAY));
        }
        RosterSolution s = solve(p.build(), null);
        assertThat(s.hard()).isZero();
        assertThat(s.assignments()).contains(new PlannedAssignment(1, 1));
        ShiftGap fittja = s.gaps().stream().filter(g -> g.shiftId() == 2).findFirst().orElseThrow();
        assertThat(fittja.assigned()).isZero();
        assertThat(fittja.reasons().getFirst()).isEqualTo(new ShiftGap.Reason("solver.gap.noLeadAvailable",
                List.of("Fittja", "2027-02-26")));
        assertThat(fittja.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("solver.gap.busyElsewhere");
            assertThat(r.args()).containsExactly(3, "Alby");
        });
        ShiftGap empty = s.gaps().stream().filter(g -> g.shiftId() == 3).findFirst().orElseThrow();
        assertThat(empty.reasons()).containsExactly(new ShiftGap.Reason("solver.gap.noneAvailable",
                List.of("Alby", monday.toString())));
    }

    @Test
    void aPersonAtTheirLimitIsExplained() {
        // persons 1..3 may walk one night a month and are needed on the riskier Friday; the quieter Friday a week
        // earlier, in the same month, stays empty
        LocalDate earlier = FRIDAY.minusDays(7);
        Problems p = problem()
                .shift(shift(1, FRIDAY, ALBY, 4, 3, 3, 5, false))
                .shift(shift(2, earlier, ALBY, 2, 3, 3, 5, false));
        for (long id = 1; id <= 3; id++) {
            ProblemPerson base = person(id, false, FRIDAY, earlier);
            p.person(new ProblemPerson(id, base.name(), base.organisationIds(), base.homeDistrictIds(), null, true,
                    false, true, false, base.qualifications(), 1, 1, base.availability()));
        }
        RosterSolution s = solve(p.build(), null);
        assertThat(s.assignments()).extracting(PlannedAssignment::shiftId).containsOnly(1L);
        ShiftGap later = s.gaps().stream().filter(g -> g.shiftId() == 2).findFirst().orElseThrow();
        assertThat(later.reasons()).contains(new ShiftGap.Reason("solver.gap.limitsReached", List.of(3)));
    }
}
