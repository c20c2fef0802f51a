package se.tryggalov.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * One shift of a roll-forward: where it lands next school year ({@code to}), or why it does not. {@code reasonKey}
 * (with {@code reasonArgs}) says how the date was matched ({@code activities.rollForward.match.*}) or why there is
 * no match or it is already there ({@code activities.rollForward.noMatch.*}).
 */
public record RollForwardItem(long shiftId, long activityId, String activityTitle, ActivityType type,
                              long districtId, String districtName, int groupNo, LocalDate from, LocalDate to,
                              Outcome outcome, String reasonKey, List<Object> reasonArgs) {

    public RollForwardItem {
        reasonArgs = List.copyOf(reasonArgs);
    }

    public enum Outcome {
        /** A matching date was found: the shift is (or will be) copied there as a draft. */
        MATCHED,
        /** No matching date next year; nothing is copied. */
        NO_MATCH,
        /** It was rolled forward (or generated) there before: nothing is copied again. */
        ALREADY_THERE,
        /** Cancelled this year: not copied. */
        SKIPPED
    }

    public Object[] reasonArguments() {
        return reasonArgs.toArray();
    }
}
