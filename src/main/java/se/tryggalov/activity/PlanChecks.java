package se.tryggalov.activity;

import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Duration;
import java.time.LocalTime;

/** The checks shifts and coverage rules share; each refusal is a translated message. */
final class PlanChecks {

    static final int MAX_HOURS = 16;
    static final int MAX_SIZE = 50;
    static final int MAX_GROUP = 50;
    static final int MAX_TITLE = 150;
    static final int MAX_MEETING_POINT = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PLAN_MEASURE = 300;

    private PlanChecks() {
    }

    /**
     * An end not after the start is the next morning (21:00–01:00 is one shift of four hours); an end equal to the
     * start, or more than 16 hours, is refused.
     */
    static void times(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            throw new UserMessageException("activities.error.timesRequired");
        }
        if (start.equals(end)) {
            throw new UserMessageException("activities.error.endEqualsStart");
        }
        if (duration(start, end).compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
            throw new UserMessageException("activities.error.tooLong", MAX_HOURS);
        }
    }

    static Duration duration(LocalTime start, LocalTime end) {
        Duration d = Duration.between(start, end);
        return end.isAfter(start) ? d : d.plusDays(1);
    }

    /** 1 ≤ minimum ≤ needed ≤ maximum ≤ 50. */
    static void sizes(Integer min, Integer needed, Integer max) {
        if (min == null || needed == null || max == null) {
            throw new UserMessageException("activities.error.sizesRequired");
        }
        for (int size : new int[] {min, needed, max}) {
            if (size < 1 || size > MAX_SIZE) {
                throw new UserMessageException("activities.error.sizeRange", MAX_SIZE);
            }
        }
        if (min > max) {
            throw new UserMessageException("activities.error.minAboveMax", min, max);
        }
        if (needed < min || needed > max) {
            throw new UserMessageException("activities.error.neededOutside", needed, min, max);
        }
    }

    static void risk(int level) {
        if (level < 0 || level > 5) {
            throw new UserMessageException("activities.error.risk");
        }
    }

    /** Trimmed, null when blank; refused when longer than {@code max}. */
    static String text(String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new UserMessageException(tooLongKey, max);
        }
        return trimmed;
    }
}
