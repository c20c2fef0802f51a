package se.tryggalov.roster.solver;

import java.util.Map;

/**
 * The municipality's solver settings: per constraint (by its constraint name) whether it is on and its weight
 * multiplier; default night limits for people who set none; the rest rules for paid staff (hours between two
 * shifts, and the longest unbroken rest within each week). Absent constraints use their defaults; a limit that is
 * absent or not positive (0 in a JSON file that leaves it out) means the default.
 */
public record SolverSettings(Map<String, ConstraintSetting> constraints, int defaultMaxNightsPerMonth,
                             int defaultMaxNightsPerWeekend, int dailyRestHours, int weeklyRestHours) {

    public static final int DEFAULT_NIGHTS_PER_MONTH = 2;
    public static final int DEFAULT_NIGHTS_PER_WEEKEND = 1;
    /** Arbetstidslagen: 11 hours of rest in every 24 and 36 hours in every week. */
    public static final int DEFAULT_DAILY_REST_HOURS = 11;
    public static final int DEFAULT_WEEKLY_REST_HOURS = 36;

    public SolverSettings {
        constraints = constraints == null ? Map.of() : Map.copyOf(constraints);
        defaultMaxNightsPerMonth = orDefault(defaultMaxNightsPerMonth, DEFAULT_NIGHTS_PER_MONTH);
        defaultMaxNightsPerWeekend = orDefault(defaultMaxNightsPerWeekend, DEFAULT_NIGHTS_PER_WEEKEND);
        dailyRestHours = orDefault(dailyRestHours, DEFAULT_DAILY_REST_HOURS);
        weeklyRestHours = orDefault(weeklyRestHours, DEFAULT_WEEKLY_REST_HOURS);
    }

    public SolverSettings(Map<String, ConstraintSetting> constraints, int defaultMaxNightsPerMonth,
                          int defaultMaxNightsPerWeekend) {
        this(constraints, defaultMaxNightsPerMonth, defaultMaxNightsPerWeekend, 0, 0);
    }

    public static SolverSettings defaults() {
        return new SolverSettings(Map.of(), 0, 0, 0, 0);
    }

    private static int orDefault(int value, int fallback) {
        return value > 0 ? value : fallback;
    }

    public record ConstraintSetting(boolean enabled, int weight) {
    }
}
