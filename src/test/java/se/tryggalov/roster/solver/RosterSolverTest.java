package se.tryggalov.roster.solver;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.roster.solver.Problems.*;

class RosterSolverTest {

    private final RosterSolver solver = new RosterSolver();

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
        RosterSolution solution = solver.solve(small(), new SolveOptions(Duration.ofSeconds(10), 1L, () -> false),
                progress -> reports.incrementAndGet());
        assertThat(solution.hard()).isZero();
        assertThat(solution.medium()).isZero();
        assertThat(solution.coveredShare()).isEqualTo(1.0);
        assertThat(solution.gaps()).isEmpty();
        assertThat(solution.assignments()).hasSize(13);
        assertThat(solution.violations()).noneMatch(v -> v.level().equals("HARD"));
        assertThat(reports.get()).isPositive();
    }

    @Test
    void fixedAssignmentsAreNeverMoved() {
        // person 5 is pinned to Alby on Friday although Fittja is riskier, 6 to Fittja, 7 to Alby on Saturday
        RosterProblem base = small();
        RosterProblem problem = new RosterProblem("fixed", base.shifts(), base.people(),
                List.of(new PlannedAssignment(1, 5), new PlannedAssignment(3, 7), new PlannedAssignment(2, 6)),
                List.of(), base.settings());
        RosterSolution solution = solver.solve(problem, new SolveOptions(Duration.ofSeconds(5), 1L, () -> false), null);
        assertThat(solution.assignments()).contains(new PlannedAssignment(1, 5), new PlannedAssignment(3, 7),
                new PlannedAssignment(2, 6));
        assertThat(solution.hard()).isZero();
    }

    @Test
    void raisingTheStopFlagEndsTheSolveEarly() {
        AtomicBoolean stop = new AtomicBoolean();
        long started = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.set(true);
        });
        t.start();
        RosterSolution solution = solver.solve(small(), new SolveOptions(Duration.ofSeconds(60), 1L, stop::get), null);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(seconds).isLessThan(5);
        assertThat(solution.assignments()).isNotEmpty();
    }
}
