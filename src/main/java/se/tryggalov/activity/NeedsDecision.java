package se.tryggalov.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated shift that no longer matches its rule but that people are assigned to (proposed, confirmed or
 * waitlisted), so regenerating left it alone: a coordinator decides. {@code reasonKey} with {@code reasonArgs} is a
 * translated sentence saying why ({@code activities.decision.*}); {@code changes} lists what the rule would change
 * (translation keys {@code activities.field.*}), empty when the rule no longer wants the shift at all.
 */
public record NeedsDecision(long shiftId, long activityId, String activityTitle, LocalDate day, long districtId,
                            String districtName, int groupNo, int assignedCount, String reasonKey,
                            List<Object> reasonArgs, List<String> changes) {

    public NeedsDecision {
        reasonArgs = List.copyOf(reasonArgs);
        changes = List.copyOf(changes);
    }

    public Object[] reasonArguments() {
        return reasonArgs.toArray();
    }
}
