package se.tryggalov.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count against the same count of an earlier period: the difference, the change in per cent (none when the
 * earlier count was zero: a rise from nothing has no percentage) and what kind of change it is.
 */
public record Change(int current, int earlier, int difference, Integer percent, Trend trend) {

    /** NEW: rose from zero; HALVED_OR_MORE... see {@link #of}. */
    public enum Trend {
        /** Both zero, or equal. */
        SAME,
        /** Rose from zero. */
        NEW,
        UP,
        DOWN,
        /** Fell by more than half (the Botkyrka graffiti case). */
        FELL_BY_MORE_THAN_HALF;

        public String messageKey() {
            return "followup.trend." + name();
        }
    }

    public static Change of(int current, int earlier) {
        Integer percent = earlier == 0 ? null
                : BigDecimal.valueOf(100L * (current - earlier)).divide(BigDecimal.valueOf(earlier), 0,
                        RoundingMode.HALF_UP).intValueExact();
        Trend trend;
        if (current == earlier) {
            trend = Trend.SAME;
        } else if (earlier == 0) {
            trend = Trend.NEW;
        } else if (current > earlier) {
            trend = Trend.UP;
        } else if (2 * current < earlier) {
            trend = Trend.FELL_BY_MORE_THAN_HALF;
        } else {
            trend = Trend.DOWN;
        }
        return new Change(current, earlier, current - earlier, percent, trend);
    }

    /** Rose enough to raise the risk of the coming evenings: from zero to at least 3, or by half and at least 3. */
    public boolean risenMarkedly() {
        return difference >= SuggestionRule.MIN_RISE
                && (earlier == 0 || 2 * difference >= earlier);
    }
}
