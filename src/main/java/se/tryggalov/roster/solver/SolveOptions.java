package se.tryggalov.roster.solver;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long to solve, with which random seed (null = the solver's fixed default, so runs are repeatable), and a
 * stop flag polled while solving (a coordinator pressed "stop").
 */
public record SolveOptions(Duration limit, Long seed, BooleanSupplier stopRequested) {

    public static SolveOptions seconds(long seconds) {
        return new SolveOptions(Duration.ofSeconds(seconds), null, () -> false);
    }
}
