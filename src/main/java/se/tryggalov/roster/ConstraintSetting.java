package se.tryggalov.roster;

/**
 * One solver constraint as the municipality has set it: on or off and a weight multiplier (1 = the solver's
 * default). {@code level} is HARD, MEDIUM or SOFT. {@code saved} = the municipality changed it at least once
 * ({@code version} then guards against a concurrent change). Texts: {@code solver.constraint.<name>} and
 * {@code solver.constraint.<name>.help}.
 */
public record ConstraintSetting(String name, String level, long defaultWeight, boolean enabled, int weight,
                                int version, boolean saved) {

    public ConstraintSetting with(boolean enabled, int weight) {
        return new ConstraintSetting(name, level, defaultWeight, enabled, weight, version, saved);
    }
}
