package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.function.TriFunction;
import org.optaplanner.core.api.score.stream.bi.BiConstraintCollector;

import java.util.function.Function;
import java.util.function.Supplier;

/** A collector over pairs from its three functions: a new tally, count one in (returning its undo), the result. */
record BiCollector<A, B, C, R>(Supplier<C> supplier, TriFunction<C, A, B, Runnable> accumulator,
                               Function<C, R> finisher) implements BiConstraintCollector<A, B, C, R> {
}
