package se.tryggalov.availability;

import se.tryggalov.calendar.RiskLevel;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Objects;

/**
 * A set of candidate evenings to answer in one go ("Fridays in breaks", "not in July"). A pattern is applied
 * once, as ordinary per-date answers that the person then adjusts date by date; it is not stored as a rule.
 * Translation keys: {@code availability.pattern.<KIND>}.
 *
 * @param month only for {@link Kind#MONTH}
 */
public record AvailabilityPattern(Kind kind, Month month) {

    public enum Kind {
        /** Fridays of the breaks (with the weekend next to each break). */
        BREAK_FRIDAYS,
        /** Saturdays of the breaks (with the weekend next to each break). */
        BREAK_SATURDAYS,
        /** Every evening with a high risk: {@link RiskLevel#isHigh}. */
        HIGH_RISK,
        /** Every Friday and Saturday. */
        FRIDAYS_AND_SATURDAYS,
        /** Every candidate evening of one month. */
        MONTH,
        /** Every candidate evening. */
        ALL
    }

    public AvailabilityPattern {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.MONTH) != (month != null)) {
            throw new IllegalArgumentException("A month goes with, and only with, the MONTH pattern: " + kind);
        }
    }

    public static AvailabilityPattern of(Kind kind) {
        return new AvailabilityPattern(kind, null);
    }

    public static AvailabilityPattern month(Month month) {
        return new AvailabilityPattern(Kind.MONTH, month);
    }

    public boolean matches(CandidateEvening evening) {
        DayOfWeek weekday = evening.weekday();
        return switch (kind) {
            case BREAK_FRIDAYS -> evening.isBreakNight() && weekday == DayOfWeek.FRIDAY;
            case BREAK_SATURDAYS -> evening.isBreakNight() && weekday == DayOfWeek.SATURDAY;
            case HIGH_RISK -> RiskLevel.isHigh(evening.riskLevel());
            case FRIDAYS_AND_SATURDAYS -> weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY;
            case MONTH -> evening.date().getMonth() == month;
            case ALL -> true;
        };
    }
}
