package se.tryggalov.roster.solver;

import java.util.Map;

/**
 * The municipality's solver settings: per constraint (by its constraint name) whether it is on
 * and its weight multiplier, plus default limits for people who set none. Absent constraints use their defaults.
 */
public record SolverSettings(Map<String, ConstraintSetting> constraints, int defaultMaxNightsPerMonth,
                             int defaultMaxNightsPerWeekend) {

    public SolverSettings {
        constraints = Map.copyOf(constraints);
    }

    public static SolverSettings defaults() {
        return new SolverSettings(Map.of(), 2, 1);
    }

    public record ConstraintSetting(boolean enabled, int weight) {
    }
}
