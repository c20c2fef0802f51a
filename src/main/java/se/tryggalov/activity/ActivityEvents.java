package se.tryggalov.activity;

import java.util.Map;

/**
 * What the plan tells the rest of the app, as Spring events published inside the transaction of the change (a
 * listener that writes, such as notifications, writes in the same transaction).
 */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    /** How a shift changed for the people on it. */
    public enum Change {
        /** Its evening, times, venue or gathering point changed. */
        CHANGED,
        /** It was cancelled. */
        CANCELLED
    }

    /**
     * A coordinator changed shifts that volunteers could see (open or published) and that have people on them; the
     * shifts are as saved when this is heard.
     */
    public record ShiftsChanged(Map<Long, Change> shifts) {

        public ShiftsChanged {
            shifts = Map.copyOf(shifts);
        }
    }
}
