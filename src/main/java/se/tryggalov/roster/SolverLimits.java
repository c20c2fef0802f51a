package se.tryggalov.roster;

/**
 * The municipality's limits for the solver: the nights a volunteer walks at most (per calendar month, per weekend)
 * when they set no limit of their own, and paid staff's rest (hours between two shifts, unbroken hours each week).
 * {@code version} guards against a concurrent change.
 */
public record SolverLimits(int maxNightsPerMonth, int maxNightsPerWeekend, int dailyRestHours, int weeklyRestHours,
                           int version) {

    public static final int MAX_NIGHTS_PER_MONTH = 31;
    public static final int MAX_NIGHTS_PER_WEEKEND = 3;
    public static final int MAX_DAILY_REST_HOURS = 24;
    public static final int MAX_WEEKLY_REST_HOURS = 72;

    public SolverLimits with(int month, int weekend, int daily, int weekly) {
        return new SolverLimits(month, weekend, daily, weekly, version);
    }

    boolean sameValues(SolverLimits other) {
        return maxNightsPerMonth == other.maxNightsPerMonth && maxNightsPerWeekend == other.maxNightsPerWeekend
                && dailyRestHours == other.dailyRestHours && weeklyRestHours == other.weeklyRestHours;
    }
}
