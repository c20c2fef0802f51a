package se.tryggalov.roster.solver;

import java.util.List;

/**
 * The solver's answer, or the evaluation of a roster edited by hand. {@code score} is OptaPlanner's text form
 * ("0hard/-120medium/-35soft"); {@code coveredShare} is the covered share of the risk-weighted need (0..1).
 * {@code gaps} explain, per shift not fully staffed, why; {@code violations} list every broken hard rule (and
 * the soft wishes not met), so a coordinator's move gets live feedback.
 */
public record RosterSolution(List<PlannedAssignment> assignments, String score, long hard, long medium, long soft,
                             double coveredShare, List<ShiftGap> gaps, List<Violation> violations) {

    public RosterSolution {
        assignments = List.copyOf(assignments);
        gaps = List.copyOf(gaps);
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return hard == 0;
    }

    /**
     * One broken constraint: its name, its level (HARD, MEDIUM, SOFT), the shift and person concerned (null when
     * not about one), and a translation key {@code solver.violation.<constraint>} with arguments.
     */
    public record Violation(String constraint, String level, Long shiftId, Long personId, long penalty,
                            List<Object> args) {
        public Violation {
            args = List.copyOf(args);
        }
    }
}
