package se.tryggalov.roster;

import se.tryggalov.roster.solver.RosterSolution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a hand edit did to the roster's evaluation: the score and covered share before and after, the rules the
 * edit broke and how many broken rules it mended.
 */
public record EditFeedback(String scoreBefore, String scoreAfter, long hardBefore, long hardAfter,
                           double coveredBefore, double coveredAfter, List<RosterSolution.Violation> broken,
                           int mended) {

    public EditFeedback {
        broken = List.copyOf(broken);
    }

    public static EditFeedback of(RosterSolution before, RosterSolution after) {
        Set<RosterSolution.Violation> earlier = new HashSet<>(before.violations());
        Set<RosterSolution.Violation> now = new HashSet<>(after.violations());
        List<RosterSolution.Violation> broken = after.violations().stream().filter(v -> !earlier.contains(v)).toList();
        int mended = (int) before.violations().stream().filter(v -> !now.contains(v)).count();
        return new EditFeedback(before.score(), after.score(), before.hard(), after.hard(), before.coveredShare(),
                after.coveredShare(), broken, mended);
    }

}
