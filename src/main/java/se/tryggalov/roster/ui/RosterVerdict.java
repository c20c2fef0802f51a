package se.tryggalov.roster.ui;

import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.ShiftGap;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The solver's evaluation of a roster as a steering group reads it: the covered share of the risk-weighted need,
 * how many groups will not walk and why (nobody on them, fewer adults than the minimum, no walk leader, young
 * walkers without enough adults), which rules about people are broken and which wishes are not met, each with how
 * often. The raw score stays in the evaluation for those who open the details.
 */
record RosterVerdict(double covered, int notWalking, int empty, int belowMinimum, int noLead, int youthOnly,
                     Map<String, Integer> brokenRules, Map<String, Integer> unmetWishes) {

    static final String GROUP_MINIMUM = "groupMinimum";
    static final String LEAD_IN_GROUP = "leadInGroup";
    static final String YOUTH_WITH_ADULTS = "youthWithAdults";
    private static final Set<String> GROUP_RULES = Set.of(GROUP_MINIMUM, LEAD_IN_GROUP, YOUTH_WITH_ADULTS);

    static RosterVerdict of(RosterSolution e) {
        Set<Long> emptyShifts = e.gaps().stream().filter(g -> g.assigned() == 0).map(ShiftGap::shiftId)
                .collect(Collectors.toSet());
        Set<Long> counted = new HashSet<>(emptyShifts);
        int below = countNew(e, GROUP_MINIMUM, counted);
        int noLead = countNew(e, LEAD_IN_GROUP, counted);
        int youth = countNew(e, YOUTH_WITH_ADULTS, counted);
        Map<String, Integer> rules = new LinkedHashMap<>();
        Map<String, Integer> wishes = new LinkedHashMap<>();
        for (RosterSolution.Violation v : e.violations()) {
            if ("HARD".equals(v.level()) && !GROUP_RULES.contains(v.constraint())) {
                rules.merge(v.constraint(), 1, Integer::sum);
            } else if ("SOFT".equals(v.level())) {
                wishes.merge(v.constraint(), 1, Integer::sum);
            }
        }
        return new RosterVerdict(e.coveredShare(), counted.size(), emptyShifts.size(), below, noLead, youth,
                rules, wishes);
    }

    /** Shifts breaking this group rule that no earlier reason counted yet; adds them to {@code counted}. */
    private static int countNew(RosterSolution e, String constraint, Set<Long> counted) {
        int n = 0;
        for (RosterSolution.Violation v : e.violations()) {
            if (constraint.equals(v.constraint()) && v.shiftId() != null && counted.add(v.shiftId())) {
                n++;
            }
        }
        return n;
    }
}
